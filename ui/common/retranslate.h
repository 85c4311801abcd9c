#pragma once
// How every part of the window follows a language chosen at run time. Installing or removing a
// translator makes Qt send QEvent::LanguageChange to every widget, and a widget passes it on to
// all its children, plain QObjects (models, action holders) included; a new layout direction
// arrives as QEvent::LayoutDirectionChange. Each part sets its words in one function that runs
// when the part is made and again on each change, so the first words and the switched ones
// come from the same code.

#include <functional>

class QObject;
class QWidget;

namespace dermask::ui {

/// Runs @p retranslate now, and again whenever @p object receives QEvent::LanguageChange (a
/// QObject receives it when it is a child of a widget, or when its owner passes it on).
void retranslateNowAndOnChange(QObject *object, std::function<void()> retranslate);

/// Runs @p react whenever @p widget's layout direction changes (not now).
void onLayoutDirectionChange(QWidget *widget, std::function<void()> react);

} // namespace dermask::ui
