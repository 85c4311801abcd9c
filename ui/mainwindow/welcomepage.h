#pragma once
// What a newcomer sees before any dataset is open: what the program is for, the two ways in
// (open a folder, try the sample), the recent datasets, and the hint about drag and drop.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace dermask::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecent(const QStringList &folders);
    /// A line under the buttons (e.g. why the last dataset could not be opened).
    void setNote(const QString &text);

Q_SIGNALS:
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &folder);

private:
    QListWidget *m_recent;
    QLabel *m_recentTitle;
    QLabel *m_note;
};

} // namespace dermask::ui
