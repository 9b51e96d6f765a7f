#pragma once

#include "core/api/endpoints.h"

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace Springdesk::Views {

// The editor of a list parameter (sent as repeated name=value pairs) in a command form. For a
// closed value set (roles, permissions) a list of checkable values with their translated labels;
// otherwise a text box that takes one value per line and pasted IDs separated by newlines, commas
// or semicolons (a column copied from a spreadsheet, a list from an e-mail).
class ParamListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ParamListEditor(Api::ValueSet values, QWidget *parent = nullptr);

    // The values in order, trimmed, without empty ones (wire values for a value set).
    QStringList values() const;
    void setValues(const QStringList &values);
    void setReadOnly(bool readOnly);

    // Splits pasted text at newlines, commas and semicolons; trims, drops empty parts.
    static QStringList split(const QString &text);

    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *choiceList() const { return m_choices; }

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_choices = nullptr;
};

} // namespace Springdesk::Views
