#include "ui/predict/predictactions.h"

#include "core/learning/predictcontroller.h"
#include "ui/common/actions.h"
#include "ui/common/currentsample.h"
#include "ui/common/retranslate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace dermask::ui {

PredictActions::PredictActions(CurrentSample *current, core::PredictController *controller, bool persistent,
                               QWidget *window)
    : QObject(window), m_current(current), m_controller(controller), m_persistent(persistent), m_window(window)
{
    m_chooseModel = makeAction(window, "chooseModel");
    m_predictOne = makeAction(window, "predictOne", {QKeySequence(Qt::CTRL | Qt::Key_P)});
    m_predictAll = makeAction(window, "predictAll", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_cancel = makeAction(window, "cancelPrediction");
    m_menu = new QMenu(window);
    m_menu->addActions({m_chooseModel, m_predictOne, m_predictAll, m_cancel});

    connect(m_chooseModel, &QAction::triggered, this, [this] { chooseModelFile(); });
    connect(m_predictOne, &QAction::triggered, this, &PredictActions::predictCurrent);
    connect(m_predictAll, &QAction::triggered, this, &PredictActions::predictAll);
    connect(m_cancel, &QAction::triggered, controller, &core::PredictController::cancel);

    connect(controller, &core::PredictController::started, this, [this](int total) {
        Q_EMIT progressStarted(total, progressFormat());
        updateActions();
    });
    connect(controller, &core::PredictController::progress, this, &PredictActions::progressChanged);
    connect(controller, &core::PredictController::predicted, this,
            [this](int index, const core::SampleScore &score) {
                Q_EMIT predictionWritten(index, m_controller->modelName(), score);
            });
    connect(controller, &core::PredictController::failed, this, [this](int index, const QString &error) {
        if (index < 0)
            Q_EMIT errorOccurred(tr("Prediction"), error);
        else
            Q_EMIT sampleFailed(index, error);
    });
    connect(controller, &core::PredictController::finished, this,
            [this](int predicted, int failed, bool cancelled) {
                Q_EMIT progressFinished();
                updateActions();
                if (m_allPending) {   // cancelled for a newly active model: its turn now
                    m_allPending = false;
                    predictAll();
                    return;
                }
                QString text = cancelled
                    ? tr("Prediction cancelled: %n image(s) predicted.", nullptr, predicted)
                    : tr("Prediction finished: %n image(s) predicted.", nullptr, predicted);
                if (failed > 0)
                    text += QLatin1Char(' ')
                        + tr("%n failed (see the browser's warning badges).", nullptr, failed);
                Q_EMIT message(text, 10000);
            });
    connect(current, &CurrentSample::sessionChanged, this, &PredictActions::sessionChanged);
    connect(current, &CurrentSample::indexChanged, this, &PredictActions::updateActions);
    updateActions();
    retranslateNowAndOnChange(this, [this] { retranslate(); });
}

void PredictActions::retranslate()
{
    setActionTexts(m_chooseModel, tr("Choose &Model File…"), tr("The model used for predictions"));
    setActionTexts(m_predictOne, tr("Predict &This Image"), tr("Predict the mask of the image on screen"));
    setActionTexts(m_predictAll, tr("Predict &All"), tr("Predict every image that has no up-to-date prediction"));
    setActionTexts(m_cancel, tr("&Cancel Prediction"), tr("Stop after the current image"));
    m_predictOne->setIconText(tr("Predict"));
    m_menu->setTitle(tr("&Predict"));
    updateActions();
    if (m_controller->isRunning())
        Q_EMIT progressFormatChanged(progressFormat());
}

QString PredictActions::progressFormat()
{
    return tr("Predicting %v/%m");
}

void PredictActions::sessionChanged()
{
    m_controller->setSession(m_current->session());
    if (!m_modelFileGiven)
        m_controller->setModelFile(defaultModelFile());
    updateActions();
}

void PredictActions::setModelFile(const QString &path)
{
    m_controller->setModelFile(QFileInfo(path).absoluteFilePath());
    m_modelFileGiven = true;
    updateActions();
}

QString PredictActions::defaultModelFile() const
{
    const core::SessionPtr session = m_current->session();
    if (session && session->workspace()) {
        const QString active = session->workspace()->activeModel();
        const QString path = session->workspace()->modelPath(active);
        if (!active.isEmpty() && QFileInfo::exists(path))
            return path;
    }
    if (m_persistent) {
        const QString last = QSettings().value(QStringLiteral("predict/modelFile")).toString();
        if (QFileInfo::exists(last))
            return last;
    }
    return {};
}

bool PredictActions::chooseModelFile()
{
    QString start = m_controller->modelFile();
    const core::SessionPtr session = m_current->session();
    if (start.isEmpty() && session && session->workspace())
        start = session->workspace()->modelsDir();
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Choose Model File"), start,
                                                      tr("Dermask models (*.pt);;All files (*)"));
    if (file.isEmpty())
        return false;
    setModelFile(file);
    if (m_persistent)
        QSettings().setValue(QStringLiteral("predict/modelFile"), file);
    Q_EMIT message(tr("Predictions will use %1.").arg(QFileInfo(file).fileName()), 5000);
    return true;
}

void PredictActions::modelActivated(const QString &path)
{
    m_controller->setModelFile(QFileInfo(path).absoluteFilePath());
    m_modelFileGiven = false;   // the workspace's choice, not the user's
    updateActions();
    if (m_controller->isRunning()) {
        m_allPending = true;
        m_controller->cancel();
        return;
    }
    predictAll();
}

void PredictActions::predictCurrent()
{
    if (m_current->index() >= 0)
        start({m_current->index()}, false);
}

void PredictActions::predictAll()
{
    if (m_current->session() && m_order)
        start(m_order(), true);
}

void PredictActions::start(const QVector<int> &indices, bool skipUpToDate)
{
    if (m_controller->isAvailable() && m_controller->modelFile().isEmpty() && !chooseModelFile())
        return;
    QString error;
    if (!m_controller->predict(indices, skipUpToDate, &error)) {
        Q_EMIT errorOccurred(tr("Prediction"), error);
        return;
    }
    // Show what is being predicted.
    Q_EMIT modelStarted(m_controller->modelName());
}

void PredictActions::updateActions()
{
    const core::SessionPtr session = m_current->session();
    const bool open = session && session->count() > 0;
    const bool canPredict =
        m_controller->isAvailable() && !m_controller->isRunning() && open && session->workspace();
    m_predictOne->setEnabled(canPredict && m_current->index() >= 0);
    m_predictAll->setEnabled(canPredict);
    m_chooseModel->setEnabled(m_controller->isAvailable());
    m_cancel->setEnabled(m_controller->isRunning());
    if (!m_controller->isAvailable()) {
        const QString why = tr("Prediction is not available in this build. Predictions already in "
                               "the workspace are shown.");
        m_predictOne->setToolTip(why);
        m_predictAll->setToolTip(why);
    }
}

} // namespace dermask::ui
