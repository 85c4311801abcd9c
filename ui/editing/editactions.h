#pragma once
// Every command that changes a mask or its review, as a QAction (text, shortcut, a tooltip
// naming it and its key): undo and redo, accepting the prediction, the clean-up actions,
// revert, approve, and Export. The window puts them into the Edit, Review and File menus,
// the Edit panel into its buttons. The EditController that owns them calls retranslate() and
// followDirection() when the language or the layout direction changes.

#include <QCoreApplication>
#include <QList>

class QAction;
class QWidget;

namespace dermask::ui {

struct EditActions
{
    Q_DECLARE_TR_FUNCTIONS(EditActions)

public:
    /// The actions are added to @p window (their keys work anywhere in it).
    explicit EditActions(QWidget *window);
    /// Sets the texts and tooltips in the current language (undo and redo without a step).
    void retranslate();
    /// Undo and redo point back and forward in @p direction (their arrows mirror).
    void followDirection(Qt::LayoutDirection direction);

    /// "Undo Brush 12 px" / "Undo" when @p step is empty (and the same for redo).
    static QString undoText(const QString &step);
    static QString redoText(const QString &step);

    QAction *undo = nullptr;
    QAction *redo = nullptr;

    QAction *acceptPrediction = nullptr;
    QAction *fillHoles = nullptr;
    QAction *removeIslands = nullptr;
    QAction *keepLargest = nullptr;
    QAction *smooth = nullptr;
    QAction *grow = nullptr;
    QAction *shrink = nullptr;
    QAction *revert = nullptr;
    /// Everything that changes the mask at once (enabled together).
    QList<QAction *> maskActions;
    /// The clean-up actions, in the order of the Clean Up menu.
    QList<QAction *> cleanupActions;

    /// Review ▸ Approve: the mask of the image on screen is reviewed and correct.
    QAction *approve = nullptr;
    QAction *exportData = nullptr;
};

} // namespace dermask::ui
