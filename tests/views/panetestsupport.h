#pragma once

// Shared by the widget tests of the panes of issue #13: a CommandLauncher that records what the
// panes ask for, a synchronised window over the demo sandbox, and the "Dutch fits" check of
// tst_userspane (no label, button, placeholder or header text clipped).
#include "syncwindow.h"

#include "core/ops/operation.h"
#include "models/connectionservice.h"
#include "views/commandlauncher.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>

namespace ViewTest {

class RecordingLauncher final : public Springdesk::Views::CommandLauncher
{
public:
    QWidget *openCommand(const Request &request) override
    {
        requests.append(request);
        return nullptr;
    }
    // The values preset for a wire name (empty when not preset).
    static QStringList values(const Request &request, Springdesk::Api::P param)
    {
        const auto *entry = request.preset.entry(QString(Springdesk::Api::paramName(param)));
        return entry ? entry->values : QStringList();
    }
    QList<Request> requests;
};

// Synchronises the window of `w` once; true when it finished without errors.
inline bool syncOnce(SyncWindow &w)
{
    QSignalSpy finished(w.session.get(), &Springdesk::Models::CacheSession::syncFinished);
    w.window->syncAction()->trigger();
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000))
        return false;
    return finished.at(0).at(0).value<Springdesk::Store::SyncReport>().ok();
}

// Runs a command through the window's connection service (as a form would); true when it ran
// and `*succeeded` says how it ended.
inline bool runOperation(SyncWindow &w, Springdesk::Api::Fn fn, const Springdesk::Api::RawParams &raw, bool *succeeded)
{
    Springdesk::Models::ConnectionService *connection = w.window->connectionService();
    if (!QTest::qWaitFor([connection] { return connection->isReady(); }, 10000))
        return false;
    Springdesk::Ops::Operation *operation = connection->run(fn, raw);
    if (!operation)
        return false;
    QSignalSpy finished(operation, &Springdesk::Ops::Operation::finished);
    if (!finished.wait(20000))
        return false;
    *succeeded = finished.at(0).at(0).value<Springdesk::Ops::Operation *>()->succeeded();
    return true;
}

// Every visible text of `window` that does not fit its widget, as "<objectName> “text”: needed > available".
inline QStringList clippedTexts(const QWidget *window, const QList<const QAbstractItemView *> &views)
{
    QStringList clipped;
    const auto check = [&clipped](const QWidget *widget, const QString &text, int available) {
        if (text.isEmpty() || !widget->isVisible())
            return;
        const int needed = widget->fontMetrics().horizontalAdvance(text);
        if (needed > available)
            clipped << QStringLiteral("%1 “%2”: %3 > %4").arg(widget->objectName(), text).arg(needed).arg(available);
    };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->wordWrap() || label->text().contains(u'<'))
            continue;
        QString text = label->text();
        text.remove(u'&');
        check(label, text, label->contentsRect().width());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        QString text = button->text();
        text.remove(u'&');
        check(button, text, button->width() - 8);
    }
    for (const QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->text().isEmpty())
            check(edit, edit->placeholderText(), edit->width() - 2 * edit->height());
    }
    for (const QComboBox *combo : window->findChildren<QComboBox *>())
        check(combo, combo->currentText(), combo->width() - combo->height());
    for (const QAbstractItemView *view : views) {
        const auto *header = view->findChild<QHeaderView *>();
        if (!header || header->orientation() != Qt::Horizontal || !header->isVisible())
            continue;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                check(header, view->model()->headerData(column, Qt::Horizontal).toString(),
                    header->sectionSize(column) - 16);
        }
    }
    return clipped;
}

} // namespace ViewTest
