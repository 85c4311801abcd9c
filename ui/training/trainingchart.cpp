#include "ui/training/trainingchart.h"

#include "ui/common/retranslate.h"

#include <QChart>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace dermask::ui {

namespace {

// Colours that read on light and dark backgrounds alike, and apart for colour-blind eyes
// (orange and blue of the Okabe-Ito palette).
const QColor kLossColor(230, 159, 0);
const QColor kDiceColor(0, 114, 178);

QLineSeries *makeSeries(const QColor &color)
{
    auto *series = new QLineSeries;
    QPen pen(color);
    pen.setWidthF(2.0);
    series->setPen(pen);
    // A single epoch is a point, not an invisible line.
    series->setPointsVisible(true);
    series->setMarkerSize(6.0);
    return series;
}

} // namespace

TrainingChart::TrainingChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_loss = makeSeries(kLossColor);
    m_dice = makeSeries(kDiceColor);
    chart->addSeries(m_loss);
    chart->addSeries(m_dice);

    m_epochs = new QValueAxis;
    m_epochs->setLabelFormat(QStringLiteral("%d"));
    m_lossAxis = new QValueAxis;
    m_lossAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_diceAxis = new QValueAxis;
    m_diceAxis->setRange(0.0, 1.0);
    m_diceAxis->setTickCount(6);
    m_diceAxis->setLabelFormat(QStringLiteral("%.1f"));
    // Plots read left to right in every language: the loss keeps the left axis.
    chart->addAxis(m_epochs, Qt::AlignBottom);
    chart->addAxis(m_lossAxis, Qt::AlignLeft);
    chart->addAxis(m_diceAxis, Qt::AlignRight);
    m_loss->attachAxis(m_epochs);
    m_loss->attachAxis(m_lossAxis);
    m_dice->attachAxis(m_epochs);
    m_dice->attachAxis(m_diceAxis);
    m_lossAxis->setLinePenColor(kLossColor);
    m_diceAxis->setLinePenColor(kDiceColor);

    // QChartView made a chart of its own and lets go of it here without deleting it
    // (LeakSanitizer found one per window).
    QChart *const made = this->chart();
    setChart(chart);
    delete made;
    setLayoutDirection(Qt::LeftToRight);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    applyPalette();
    updateAxes();
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void TrainingChart::retranslate()
{
    m_loss->setName(tr("Training loss"));
    m_dice->setName(tr("Validation Dice"));
    m_epochs->setTitleText(tr("Epoch"));
    m_lossAxis->setTitleText(tr("Loss"));
    m_diceAxis->setTitleText(tr("Dice"));
    setToolTip(tr("Mean training loss and validation Dice after each epoch"));
}

void TrainingChart::clear()
{
    m_loss->clear();
    m_dice->clear();
    m_maxLoss = 0.0;
    m_lastEpoch = 0;
    updateAxes();
}

void TrainingChart::addEpoch(const core::EpochPoint &point)
{
    m_loss->append(point.epoch, point.loss);
    if (point.validationDice >= 0)
        m_dice->append(point.epoch, point.validationDice);
    if (std::isfinite(point.loss))
        m_maxLoss = std::max(m_maxLoss, point.loss);
    m_lastEpoch = std::max(m_lastEpoch, point.epoch);
    updateAxes();
}

int TrainingChart::pointCount() const
{
    return int(m_loss->count());
}

void TrainingChart::updateAxes()
{
    // Whole epochs, at most ~8 labels however long the run.
    const int last = std::max(m_lastEpoch, 5);
    const int first = m_loss->count() > 0 ? int(m_loss->at(0).x()) : 1;
    // Half an epoch of room at both ends, so the first and last points are not cut by the axes.
    m_epochs->setRange(std::min(first, last - 1) - 0.5, last + 0.5);
    m_epochs->setTickType(QValueAxis::TicksDynamic);
    m_epochs->setTickAnchor(0);
    m_epochs->setTickInterval(std::max(1, int(std::ceil((last - first + 1) / 8.0))));
    // Round numbers on the loss axis (0.2, 0.4...), whatever the loss.
    m_lossAxis->setRange(0.0, m_maxLoss > 0 ? m_maxLoss * 1.05 : 1.0);
    m_lossAxis->setTickCount(6);
    m_lossAxis->applyNiceNumbers();
    m_lossAxis->setLabelFormat(m_lossAxis->max() < 0.1 ? QStringLiteral("%.3f") : QStringLiteral("%.2g"));
}

void TrainingChart::applyPalette()
{
    // Follow the application's palette (a dark theme must not get a white plot).
    QChart *c = chart();
    const QPalette p = palette();
    c->setBackgroundBrush(p.base());
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(p.color(QPalette::Text));
    for (QValueAxis *axis : {m_epochs, m_lossAxis, m_diceAxis}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.text());
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    m_diceAxis->setGridLineVisible(false);   // one grid is enough
}

void TrainingChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace dermask::ui
