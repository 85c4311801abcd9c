#include "ui/predict/predictactions.h"

#include "ui/browser/browserwidget.h"
#include "ui/browser/samplemodel.h"
#include "ui/common/sampleloader.h"
#include "ui/mainwindow/mainactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/statusline.h"
#include "ui/panels/overlaypanel.h"
#include "ui/predict/predictcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace dermask::ui {

PredictActions::PredictActions(MainWindow *window, MainActions *actions, StatusLine *status,
                               PredictController *controller, bool persistent)
    : QObject(window), m_window(window), m_actions(actions), m_status(status),
      m_controller(controller), m_persistent(persistent)
{
    connect(actions->chooseModel, &QAction::triggered, this, [this] { chooseModelFile(); });
    connect(actions->predictOne, &QAction::triggered, this, &PredictActions::predictCurrent);
    connect(actions->predictAll, &QAction::triggered, this, &PredictActions::predictAll);
    connect(actions->cancelPrediction, &QAction::triggered, controller, &PredictController::cancel);

    connect(controller, &PredictController::started, this, [this](int total) {
        m_status->showProgress(total, tr("Predicting %v/%m"));
        updateActions();
    });
    connect(controller, &PredictController::progress, m_status, &StatusLine::setProgress);
    connect(controller, &PredictController::predicted, this, &PredictActions::onPredicted);
    connect(controller, &PredictController::failed, this, [this](int index, const QString &error) {
        if (index < 0) {
            m_window->reportError(tr("Prediction"), error);
            return;
        }
        m_window->sampleModel()->setError(index, error);
        m_window->statusBar()->showMessage(error, 8000);
    });
    connect(controller, &PredictController::finished, this, [this](int predicted, int failed, bool cancelled) {
        m_status->hideProgress();
        updateActions();
        QString text = cancelled ? tr("Prediction cancelled: %n image(s) predicted.", nullptr, predicted)
                                 : tr("Prediction finished: %n image(s) predicted.", nullptr, predicted);
        if (failed > 0)
            text += QLatin1Char(' ') + tr("%n failed (see the browser's warning badges).", nullptr, failed);
        m_window->statusBar()->showMessage(text, 10000);
    });
}

void PredictActions::sessionChanged()
{
    m_controller->setSession(m_window->session());
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
    const SessionPtr session = m_window->session();
    if (session && session->workspace()) {
        const QString active = session->workspace()->activeModel();
        const QString path = QDir(session->workspace()->modelsDir()).filePath(active + QStringLiteral(".pt"));
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
    const SessionPtr session = m_window->session();
    if (start.isEmpty() && session && session->workspace())
        start = session->workspace()->modelsDir();
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Choose Model File"), start,
                                                      tr("Dermask models (*.pt);;All files (*)"));
    if (file.isEmpty())
        return false;
    setModelFile(file);
    if (m_persistent)
        QSettings().setValue(QStringLiteral("predict/modelFile"), file);
    m_window->statusBar()->showMessage(tr("Predictions will use %1.").arg(QFileInfo(file).fileName()), 5000);
    return true;
}

void PredictActions::predictCurrent()
{
    if (m_window->currentIndex() >= 0)
        start({m_window->currentIndex()}, false);
}

void PredictActions::predictAll()
{
    if (m_window->session())
        start(m_window->browser()->order(), true);
}

void PredictActions::start(const QVector<int> &indices, bool skipUpToDate)
{
    if (m_controller->isAvailable() && m_controller->modelFile().isEmpty() && !chooseModelFile())
        return;
    QString error;
    if (!m_controller->predict(indices, skipUpToDate, &error)) {
        m_window->reportError(tr("Prediction"), error);
        return;
    }
    // Show what is being predicted.
    m_window->setPredictionModel(m_controller->modelName());
}

void PredictActions::onPredicted(int index, const SampleScore &score)
{
    const SessionPtr session = m_window->session();
    if (!session)
        return;
    m_window->sampleModel()->setScores({{index, score}});
    m_window->browser()->refreshColumns();
    m_window->loader()->invalidate(index);  // reloads at once when it is on screen
    m_window->overlayPanel()->setModels(session->predictionModels(), m_window->predictionModel());
}

void PredictActions::updateActions()
{
    const SessionPtr session = m_window->session();
    const bool open = session && session->count() > 0;
    const bool canPredict = m_controller->isAvailable() && !m_controller->isRunning() && open
                            && session->workspace();
    m_actions->predictOne->setEnabled(canPredict && m_window->currentIndex() >= 0);
    m_actions->predictAll->setEnabled(canPredict);
    m_actions->chooseModel->setEnabled(m_controller->isAvailable());
    m_actions->cancelPrediction->setEnabled(m_controller->isRunning());
    if (!m_controller->isAvailable()) {
        const QString why = tr("Prediction is not available in this build. Predictions already in "
                               "the workspace are shown.");
        m_actions->predictOne->setToolTip(why);
        m_actions->predictAll->setToolTip(why);
    }
}

} // namespace dermask::ui
