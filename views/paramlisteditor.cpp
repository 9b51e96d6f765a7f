#include "views/paramlisteditor.h"

#include "core/api/valuesets.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

ParamListEditor::ParamListEditor(Api::ValueSet values, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (values != Api::ValueSet::None && Api::ValueSets::isClosed(values)) {
        m_choices = new QListWidget(this);
        m_choices->setObjectName(u"choices"_s);
        for (const QString &wire : Api::ValueSets::wires(values)) {
            auto *item = new QListWidgetItem(Api::ValueSets::label(values, wire), m_choices);
            item->setData(Qt::UserRole, wire);
            item->setToolTip(wire);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = qMin(m_choices->count(), 6);
        m_choices->setFixedHeight(rows * m_choices->sizeHintForRow(0) + 2 * m_choices->frameWidth() + 4);
        connect(m_choices, &QListWidget::itemChanged, this, &ParamListEditor::changed);
        layout->addWidget(m_choices);
    } else {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(u"values"_s);
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(tr("One per line; pasted lists separated by commas or semicolons are split"));
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ParamListEditor::changed);
        layout->addWidget(m_text);
    }
}

QStringList ParamListEditor::split(const QString &text)
{
    static const QRegularExpression separators(u"[\\n\\r,;]"_s);
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            out << value;
    }
    return out;
}

QStringList ParamListEditor::values() const
{
    if (m_text)
        return split(m_text->toPlainText());
    QStringList out;
    for (int row = 0; row < m_choices->count(); ++row) {
        const QListWidgetItem *item = m_choices->item(row);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out;
}

void ParamListEditor::setValues(const QStringList &values)
{
    if (m_text) {
        m_text->setPlainText(values.join(u'\n'));
        return;
    }
    QStringList unknown = values;
    for (int row = 0; row < m_choices->count(); ++row) {
        QListWidgetItem *item = m_choices->item(row);
        const QString wire = item->data(Qt::UserRole).toString();
        bool on = false;
        for (const QString &value : values)
            on = on || value.compare(wire, Qt::CaseInsensitive) == 0;
        unknown.removeIf([&wire](const QString &v) { return v.compare(wire, Qt::CaseInsensitive) == 0; });
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    // a value the set does not know stays visible (and is refused by validation), never dropped
    for (const QString &value : unknown) {
        auto *item = new QListWidgetItem(value, m_choices);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void ParamListEditor::setReadOnly(bool readOnly)
{
    if (m_text)
        m_text->setReadOnly(readOnly);
    else
        m_choices->setEnabled(!readOnly);
}

} // namespace Springdesk::Views
