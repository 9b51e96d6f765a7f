#include "views/messageboxes.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

namespace Springdesk::Views {

namespace {

QQueue<MessageBoxes::Button> &nextAnswers()
{
    static QQueue<MessageBoxes::Button> answers;
    return answers;
}

QQueue<QString> &nextFileNames()
{
    static QQueue<QString> names;
    return names;
}

QQueue<QString> &nextTexts()
{
    static QQueue<QString> texts;
    return texts;
}

QStringList &shown()
{
    static QStringList texts;
    return texts;
}

QStringList &lastLabels()
{
    static QStringList labels;
    return labels;
}

} // namespace

MessageBoxes::Button MessageBoxes::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton, const QList<std::pair<Button, QString>> &labels)
{
    shown().append(text);
    if (!labels.isEmpty()) {
        lastLabels().clear();
        for (const auto &[button, label] : labels) {
            if (!label.isEmpty())
                lastLabels().append(label);
        }
    }
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();
    QMessageBox box(icon, title, text, buttons, parent);
    for (const auto &[button, label] : labels) {
        if (!label.isEmpty() && box.button(button))
            box.button(button)->setText(label);
    }
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<Button>(box.exec());
}

MessageBoxes::Button MessageBoxes::question(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBoxes::Button MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
    const QList<std::pair<Button, QString>> &buttons, Button defaultButton)
{
    Buttons standard;
    for (const auto &[button, label] : buttons)
        standard |= button;
    return show(QMessageBox::Question, parent, title, text, standard, defaultButton, buttons);
}

MessageBoxes::Button MessageBoxes::warning(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBoxes::Button MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBoxes::Button MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QString MessageBoxes::text(QWidget *parent, const QString &title, const QString &label)
{
    shown().append(label);
    if (!nextTexts().isEmpty())
        return nextTexts().dequeue();
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok ? typed : QString();
}

QString MessageBoxes::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString MessageBoxes::saveFileName(
    QWidget *parent, const QString &caption, const QString &filter, const QString &suggestion)
{
    if (!nextFileNames().isEmpty())
        return nextFileNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

void MessageBoxes::setNextAnswer(Button answer)
{
    nextAnswers().enqueue(answer);
}

void MessageBoxes::setNextFileName(const QString &fileName)
{
    nextFileNames().enqueue(fileName);
}

void MessageBoxes::setNextText(const QString &text)
{
    nextTexts().enqueue(text);
}

QStringList MessageBoxes::lastButtonLabels()
{
    return lastLabels();
}

QStringList MessageBoxes::shownTexts()
{
    return shown();
}

void MessageBoxes::clearShownTexts()
{
    shown().clear();
}

} // namespace Springdesk::Views
