#pragma once
// Puts the Training dock into the main window and ties it to the viewer, through the
// window's public API only, so the window needs one line:
//     installTrainingDock(this);   // in MainWindow's constructor, after connectActions()

namespace dermask::ui {

class MainWindow;
class TrainingDock;

/// Adds a hidden Training dock on the window's ModelWorker, tabbed with the overlay controls
/// (Ctrl+T shows it), a "Train" menu before Help and a Train button on the toolbar, and
/// connects it: the dataset opened is trained on; the image on screen is predicted after each
/// epoch and its overlay reloaded (predictions/<run>/, shown as the prediction model); a mask
/// the editor saves enters the run's next epoch; the model a run leaves becomes the Predict
/// menu's model file. Returns the dock (owned by @p window).
TrainingDock *installTrainingDock(MainWindow *window);

} // namespace dermask::ui
