#pragma once

#include "core/api/endpoints.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Springdesk::Views {

// "Run API function…" (Ctrl+Shift+P): every function of the endpoint table, grouped by resource
// (translated names), each with its wire name, its request (method and path) and what kind of call
// it is; the filter matches function, resource and parameter names. Choosing one (Enter, double
// click, Open) emits functionChosen() and closes.
class FunctionPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FunctionPickerDialog(QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    // Shows only the functions matching `text` (case-insensitive); returns how many match.
    int setFilter(const QString &text);
    // The function of the current item, if it is one.
    std::optional<Api::Fn> currentFunction() const;
    // Makes `fn` current and chooses it (as Enter would).
    void choose(Api::Fn fn);

    // The translated name of a resource ("Users", "Content libraries", …).
    static QString resourceLabel(Api::Resource resource);
    // One line about a function: a query, a command, one that cannot be undone; provisional names.
    static QString describe(const Api::Endpoint &endpoint);

Q_SIGNALS:
    void functionChosen(Springdesk::Api::Fn fn);

private:
    void chooseCurrent();
    QTreeWidgetItem *firstVisibleFunction() const;

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Springdesk::Views
