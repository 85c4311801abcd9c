#include "ui/browser/browserwidget.h"

#include "ui/browser/samplemodel.h"
#include "ui/browser/sampleproxymodel.h"
#include "ui/browser/statusdelegate.h"
#include "ui/common/retranslate.h"
#include "ui/common/samplelabels.h"
#include "ui/common/thumbnailcache.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QScrollBar>
#include <QVBoxLayout>

namespace dermask::ui {

BrowserWidget::BrowserWidget(SampleModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new SampleProxyModel(this))
{
    m_proxy->setSourceModel(model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("idFilter"));
    m_filter->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_diagnosis = new QComboBox(this);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisFilter"));
    m_sortBox = new QComboBox(this);
    m_sortBox->setObjectName(QStringLiteral("sortBox"));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_diagnosis, 1);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_findLabel = new QLabel(this);
    m_showLabel = new QLabel(this);
    m_sortLabel = new QLabel(this);
    form->addRow(m_findLabel, m_filter);
    form->addRow(m_showLabel, filters);
    form->addRow(m_sortLabel, m_sortBox);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // Ids differ at their end ("ISIC_0000123"): a squeezed one keeps its start and its end.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setIconSize(ThumbnailCache::thumbnailSize());
    m_view->setItemDelegateForColumn(SampleModel::StatusColumn, new StatusDelegate(m_view));
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 2,700 rows to lay them out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(ThumbnailCache::thumbnailSize().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SampleModel::IdColumn, QHeaderView::Stretch);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("browserCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    retranslateNowAndOnChange(this, [this] { retranslate(); });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setIdFilter(text.trimmed());
        updateCount();
        Q_EMIT orderChanged();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(SampleProxyModel::StatusFilter(m_status->currentData().toInt()));
        updateCount();
        Q_EMIT orderChanged();
    });
    connect(m_diagnosis, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setDiagnosisFilter(m_diagnosis->currentData().toString());
        updateCount();
        Q_EMIT orderChanged();
    });
    connect(m_sortBox, &QComboBox::activated, this,
            [this] { sortBy(Sort(m_sortBox->currentData().toInt())); });
    connect(header, &QHeaderView::sectionClicked, this, &BrowserWidget::onHeaderClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowserWidget::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        refreshColumns();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BrowserWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BrowserWidget::updateCount);
    applySort();
}

void BrowserWidget::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by id…"));
    using Filter = SampleProxyModel::StatusFilter;
    setComboItems(m_status, {{tr("All statuses"), int(Filter::All)},
                             {tr("Unreviewed"), int(Filter::Unreviewed)},
                             {tr("No mask"), int(Filter::NoMask)},
                             {tr("Dataset mask"), int(Filter::DatasetMask)},
                             {tr("Corrected"), int(Filter::Corrected)},
                             {tr("Approved"), int(Filter::Approved)}});
    m_status->setToolTip(tr("Show only images with this review status"));
    m_diagnosis->setToolTip(tr("Show only images with this clinical diagnosis"));
    setComboItems(m_sortBox, {{tr("Id"), int(Sort::Id)},
                              {tr("Status"), int(Sort::Status)},
                              {tr("Diagnosis"), int(Sort::Diagnosis)},
                              {tr("Worst Dice first (disagreement)"), int(Sort::WorstDice)},
                              {tr("Best Dice first"), int(Sort::BestDice)},
                              {tr("Most uncertain first"), int(Sort::MostUncertain)}});
    m_sortBox->setToolTip(tr("Worst Dice first lists the images where prediction and mask "
                             "disagree most: the likeliest mask errors."));
    m_findLabel->setText(tr("Find:"));
    m_showLabel->setText(tr("Show:"));
    m_sortLabel->setText(tr("Sort:"));

    // The columns fit their words in this language.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(font());
    header->resizeSection(SampleModel::StatusColumn,
                          metrics.horizontalAdvance(SampleLabels::statusText(core::SampleStatus::Source)) + 36);
    header->resizeSection(SampleModel::DiagnosisColumn, metrics.horizontalAdvance(tr("Atypical nevus")) + 16);
    header->resizeSection(SampleModel::DiceColumn, metrics.horizontalAdvance(QStringLiteral("0.000")) + 28);
    header->resizeSection(SampleModel::UncertaintyColumn,
                          std::max(metrics.horizontalAdvance(tr("Uncert.")), metrics.horizontalAdvance(QStringLiteral("0.00"))) + 28);
    refreshColumns();
    updateCount();
}

void BrowserWidget::setCurrentIndex(int index)
{
    m_current = index;
    const int row = m_proxy->rowOf(index);
    m_selecting = true;
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
    } else {
        const QModelIndex proxyIndex = m_proxy->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(
            proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(proxyIndex, QAbstractItemView::EnsureVisible);
    }
    m_selecting = false;
}

QVector<int> BrowserWidget::order() const
{
    return m_proxy->order();
}

void BrowserWidget::sortBy(Sort sort)
{
    m_sort = sort;
    const int box = m_sortBox->findData(int(sort));
    if (box >= 0)
        m_sortBox->setCurrentIndex(box);
    applySort();
    // A ranking is chosen to see its top (the worst Dice, the most uncertain); by name, the
    // selected sample stays in view after the rows moved. The selection never changes.
    const int row = m_current >= 0 ? m_proxy->rowOf(m_current) : -1;
    if (sort != Sort::Id && sort != Sort::Status && sort != Sort::Diagnosis)
        m_view->scrollToTop();
    else if (row >= 0)
        m_view->scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
    Q_EMIT orderChanged();
}

void BrowserWidget::applySort()
{
    int column = SampleModel::IdColumn;
    Qt::SortOrder order = Qt::AscendingOrder;
    switch (m_sort) {
    case Sort::Id: break;
    case Sort::Status: column = SampleModel::StatusColumn; break;
    case Sort::Diagnosis: column = SampleModel::DiagnosisColumn; break;
    case Sort::WorstDice: column = SampleModel::DiceColumn; break;
    case Sort::BestDice: column = SampleModel::DiceColumn; order = Qt::DescendingOrder; break;
    case Sort::MostUncertain: column = SampleModel::UncertaintyColumn; order = Qt::DescendingOrder; break;
    }
    m_proxy->sort(column, order);
    m_view->horizontalHeader()->setSortIndicator(column, order);
}

void BrowserWidget::onHeaderClicked(int section)
{
    // One click on Dice lists the worst first; one on Uncertainty the most uncertain first;
    // a second click on the same header reverses.
    Sort next = m_sort;
    switch (section) {
    case SampleModel::IdColumn: next = Sort::Id; break;
    case SampleModel::StatusColumn: next = Sort::Status; break;
    case SampleModel::DiagnosisColumn: next = Sort::Diagnosis; break;
    case SampleModel::DiceColumn:
        next = m_sort == Sort::WorstDice ? Sort::BestDice : Sort::WorstDice;
        break;
    case SampleModel::UncertaintyColumn: next = Sort::MostUncertain; break;
    default: break;
    }
    sortBy(next);
}

void BrowserWidget::onSelectionChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    if (m_current >= 0 && !m_proxy->accepts(m_current)) {
        // The image on screen is being filtered out (e.g. approved under "Unreviewed"): the
        // selection model moved to a neighbour by itself. The image stays; the user moves on.
        QTimer::singleShot(0, this, [this] {
            if (m_proxy->rowOf(m_current) < 0) {
                m_selecting = true;
                m_view->selectionModel()->clear();
                m_selecting = false;
            }
        });
        return;
    }
    const int index = m_proxy->mapToSource(current).row();
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChanged(index);
}

void BrowserWidget::resetFilters()
{
    m_filter->clear();
    m_status->setCurrentIndex(0);
    m_diagnosis->setCurrentIndex(0);
}

void BrowserWidget::refreshColumns()
{
    const core::SessionPtr session = m_model->session();
    QMap<QString, int> diagnoses;
    if (session)
        diagnoses = session->dataset().diagnosisCounts();
    const QString selected = m_diagnosis->currentData().toString();
    m_diagnosis->blockSignals(true);
    m_diagnosis->clear();
    m_diagnosis->addItem(tr("All diagnoses"), QString());
    for (auto it = diagnoses.constBegin(); it != diagnoses.constEnd(); ++it)
        m_diagnosis->addItem(tr("%1 (%2)").arg(SampleLabels::diagnosisText(it.key())).arg(it.value()),
                             it.key());
    const int keep = m_diagnosis->findData(selected);
    m_diagnosis->setCurrentIndex(keep >= 0 ? keep : 0);
    m_diagnosis->blockSignals(false);
    m_diagnosis->setVisible(!diagnoses.isEmpty());
    m_view->setColumnHidden(SampleModel::DiagnosisColumn, diagnoses.isEmpty());

    bool dice = false;
    bool uncertainty = false;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        dice = dice || m_model->score(i).hasDice;
        uncertainty = uncertainty || m_model->score(i).hasUncertainty;
        if (dice && uncertainty)
            break;
    }
    // Empty score columns would only puzzle a newcomer: they appear with the first prediction.
    m_view->setColumnHidden(SampleModel::DiceColumn, !dice);
    m_view->setColumnHidden(SampleModel::UncertaintyColumn, !uncertainty);

    // The list never gets so narrow that the longest id cannot be read beside the other
    // columns: the dock widens instead.
    QString longest;
    if (session)
        for (const core::Sample &sample : session->dataset().samples)
            if (sample.id.size() > longest.size())
                longest = sample.id;
    int width = m_view->iconSize().width() + m_view->fontMetrics().horizontalAdvance(longest) + 24;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        if (column != SampleModel::IdColumn && !m_view->isColumnHidden(column))
            width += m_view->horizontalHeader()->sectionSize(column);
    m_view->setMinimumWidth(width + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth());
}

void BrowserWidget::focusList()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void BrowserWidget::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n image(s)", nullptr, total)
                                    : tr("Showing %1 of %n image(s)", nullptr, total).arg(shown));
}

} // namespace dermask::ui
