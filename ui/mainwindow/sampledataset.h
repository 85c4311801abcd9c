#pragma once
// The built-in sample dataset: generated once into the user's data folder (with a progress
// dialog), then opened like any other folder.

#include "core/util/background.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace dermask::ui {

class SampleDataset : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCount = 24;
    static constexpr quint64 kSeed = 1;

    explicit SampleDataset(QWidget *parent);
    ~SampleDataset() override;

    /// <AppDataLocation>/sample.
    static QString folder();
    /// True when the sample has been generated completely.
    static bool exists();

    /// Emits ready() at once when the sample exists, else generates it (progress dialog over
    /// the parent widget, cancellable) and emits ready() or failed().
    void ensure();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void ready(const QString &folder);
    void failed(const QString &error);

private:
    void onFinished();

    QWidget *m_parent;
    QPointer<QProgressDialog> m_dialog;
    core::Watcher<QString> m_watcher;  ///< result: error message, empty on success
};

} // namespace dermask::ui
