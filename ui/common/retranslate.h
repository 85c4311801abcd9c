#pragma once
// How every part of the window follows a language chosen at run time. Installing or removing a
// translator makes Qt send QEvent::LanguageChange to every widget, and a widget passes it on to
// all its children, plain QObjects (models, action holders) included; a new layout direction
// arrives as QEvent::LayoutDirectionChange. Each part sets its words in one function that runs
// when the part is made and again on each change, so the first words and the switched ones
// come from the same code.

#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QObject;
class QWidget;

namespace dermask::ui {

/// Runs @p retranslate now, and again whenever @p object receives QEvent::LanguageChange (a
/// QObject receives it when it is a child of a widget, or when its owner passes it on).
void retranslateNowAndOnChange(QObject *object, std::function<void()> retranslate);

/// Runs @p react whenever @p widget's layout direction changes (not now).
void onLayoutDirectionChange(QWidget *widget, std::function<void()> react);

/// The label of @p field's row in @p form reads @p text (made the first time: rows are added
/// with an empty label, which QFormLayout leaves out).
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);
void setRowLabel(QFormLayout *form, QLayout *field, const QString &text);

/// Shows @p text on @p label now, and says it again each time the language changes, until the
/// label is given another text this way (empty @p text: none). For a sentence about something
/// that happened ("%1 was deleted."): the function keeps what the sentence names.
void setTranslatedText(QLabel *label, std::function<QString()> text);

/// Fills an empty @p box with @p items (text, data); later calls, with the same items in
/// another language, only set their texts (the choice stays).
void setComboItems(QComboBox *box, const QList<std::pair<QString, QVariant>> &items);

} // namespace dermask::ui
