#pragma once
// What a newcomer sees before any dataset is open: what the program is for, the two ways in
// (open a folder, try the sample), the recent datasets, and the hint about drag and drop.

#include <QWidget>
#include <functional>

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
    /// A line under the buttons (e.g. why the last dataset could not be opened), said again
    /// in each new language; empty: none.
    void setNote(std::function<QString()> text);

Q_SIGNALS:
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &folder);

private:
    void retranslate();
    void alignTitle();

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_open;
    QPushButton *m_sample;
    QLabel *m_hint;
    QListWidget *m_recent;
    QStringList m_folders;
    QLabel *m_recentTitle;
    QLabel *m_note;
};

} // namespace dermask::ui
