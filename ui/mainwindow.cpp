#include "ui/mainwindow.h"
namespace dermask::ui {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
} // namespace dermask::ui
