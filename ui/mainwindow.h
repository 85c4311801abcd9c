#pragma once
#include <QMainWindow>
namespace dermask::ui {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
} // namespace dermask::ui
