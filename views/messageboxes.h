#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace Springdesk::Views {

// The one way views ask the user something or pick a file, so that widget tests can answer
// (KeePassXC's MessageBox::setNextAnswer). In normal runs these show real dialogs.
class MessageBoxes
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::No);
    // A question whose buttons say what they do ("Fetch all 500 matching"): each button with
    // its label (empty: the standard text).
    static Button question(QWidget *parent, const QString &title, const QString &text,
        const QList<std::pair<Button, QString>> &buttons, Button defaultButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text);
    static Button information(QWidget *parent, const QString &title, const QString &text);

    // Asks for a line of text (typing an ID to confirm); a null string when cancelled.
    static QString text(QWidget *parent, const QString &title, const QString &label);

    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter = {});
    // `suggestion`: the folder, or the file name the dialog proposes.
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &filter = {}, const QString &suggestion = {});

    // Test seam: the next box is not shown and returns `answer` (queued, first in first out).
    static void setNextAnswer(Button answer);
    static void setNextFileName(const QString &fileName);
    // The next text() is not shown and returns `text` (a null string: cancelled).
    static void setNextText(const QString &text);
    // The texts of the boxes shown or answered so far (tests read and clear them).
    static QStringList shownTexts();
    // The custom button labels of the last labelled question shown or answered.
    static QStringList lastButtonLabels();
    static void clearShownTexts();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
        Buttons buttons, Button defaultButton, const QList<std::pair<Button, QString>> &labels = {});
};

} // namespace Springdesk::Views
