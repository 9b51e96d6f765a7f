#include "views/commandform.h"

#include "core/api/valuesets.h"
#include "models/idcompletionmodel.h"
#include "views/messageboxes.h"
#include "views/paramlisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>
#include <optional>

using namespace Qt::StringLiterals;
using Springdesk::Api::P;
using Springdesk::Api::ParamType;

namespace Springdesk::Views {

namespace {

const QDate NoDate(1900, 1, 1);
const QDateTime NoDateTime(QDate(1900, 1, 1), QTime(0, 0));

void markProblem(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

} // namespace

struct CommandForm::Row
{
    Api::ParamSpec spec;
    QLabel *label = nullptr;
    QComboBox *names = nullptr; // which of the alternatives is given
    QWidget *editor = nullptr; // the input itself
    QWidget *field = nullptr; // what the form row holds (editor, buttons, problem)
    QLabel *problem = nullptr;
    std::optional<Api::FileUpload> file;
    // a preset a date or number editor cannot hold ("31-12-1990"): sent as given, so validation
    // names it, until the admin changes the editor
    std::optional<QString> unreadable;
    bool preset = false;
};

CommandForm::CommandForm(Api::Fn fn, const QString &cacheFile, QWidget *parent)
    : QWidget(parent)
    , m_fn(fn)
    , m_cacheFile(cacheFile)
    , m_layout(new QFormLayout(this))
    , m_general(new QLabel(this))
{
    setObjectName(u"commandForm"_s);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_general->setObjectName(u"generalProblems"_s);
    markProblem(m_general);
    m_layout->addRow(m_general);
    for (const Api::ParamSpec &spec : Api::endpoint(fn).params)
        addRow(spec);
    if (m_rows.isEmpty()) {
        auto *none = new QLabel(tr("This function has no parameters."), this);
        none->setObjectName(u"noParameters"_s);
        m_layout->addRow(none);
    }
    revalidate();
}

CommandForm::~CommandForm()
{
    qDeleteAll(m_rows);
}

void CommandForm::addRow(const Api::ParamSpec &spec)
{
    auto *row = new Row;
    row->spec = spec;
    m_rows.append(row);

    const QString label = Api::paramLabel(spec.param);
    //: the label of a required parameter in a command form: the label, then the required marker
    row->label = new QLabel(spec.isRequired() ? tr("%1 *").arg(label) : label, this);
    row->label->setToolTip(
        spec.isRequired() ? tr("Required; sent as “%1”").arg(spec.name()) : tr("Sent as “%1”").arg(spec.name()));

    row->field = new QWidget(this);
    auto *column = new QVBoxLayout(row->field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    column->addLayout(line);
    if (!spec.alternatives.isEmpty()) {
        row->names = new QComboBox(row->field);
        row->names->setObjectName(u"name_"_s + spec.name());
        row->names->addItem(label, QString(spec.name()));
        for (const P alternative : spec.alternatives)
            row->names->addItem(Api::paramLabel(alternative), QString(Api::paramName(alternative)));
        row->names->setToolTip(tr("Which identifier you give"));
        connect(row->names, &QComboBox::currentIndexChanged, this, &CommandForm::revalidate);
        line->addWidget(row->names);
    }
    line->addWidget(makeEditor(*row), 1);
    row->editor->setObjectName(u"param_"_s + spec.name());
    row->label->setBuddy(row->editor);
    row->problem = new QLabel(row->field);
    row->problem->setObjectName(u"problem_"_s + spec.name());
    markProblem(row->problem);
    column->addWidget(row->problem);
    m_layout->addRow(row->label, row->field);
}

QWidget *CommandForm::makeEditor(Row &row)
{
    const Api::ParamSpec &spec = row.spec;
    const auto changed = [this] { revalidate(); };
    if (spec.isArray()) {
        auto *list = new ParamListEditor(spec.values, row.field);
        connect(list, &ParamListEditor::changed, this, changed);
        row.editor = list;
        return list;
    }
    if (spec.values != Api::ValueSet::None) {
        auto *combo = new QComboBox(row.field);
        const bool closed = Api::ValueSets::isClosed(spec.values);
        combo->setEditable(!closed);
        //: the choice of a combo box in a command form that sends nothing
        combo->addItem(closed ? tr("(not set)") : QString(), QString());
        for (const QString &wire : Api::ValueSets::wires(spec.values)) {
            combo->addItem(Api::ValueSets::label(spec.values, wire), wire);
            combo->setItemData(combo->count() - 1, wire, Qt::ToolTipRole);
        }
        if (closed)
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
        else
            connect(combo, &QComboBox::currentTextChanged, this, changed);
        row.editor = combo;
        return combo;
    }
    switch (spec.type) {
    case ParamType::Bool: {
        auto *box = new QCheckBox(row.field);
        box->setTristate(true);
        box->setCheckState(Qt::PartiallyChecked);
        const auto describe = [box] {
            switch (box->checkState()) {
            case Qt::Checked:
                box->setText(tr("Yes"));
                break;
            case Qt::Unchecked:
                box->setText(tr("No"));
                break;
            case Qt::PartiallyChecked:
                box->setText(tr("Not given (the server's default)"));
                break;
            }
        };
        describe();
        connect(box, &QCheckBox::stateChanged, this, [describe, changed] {
            describe();
            changed();
        });
        row.editor = box;
        return box;
    }
    case ParamType::Date:
    case ParamType::DateTime: {
        auto *holder = new QWidget(row.field);
        auto *layout = new QHBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        QDateTimeEdit *edit = nullptr;
        if (spec.type == ParamType::Date) {
            auto *date = new QDateEdit(holder);
            date->setDisplayFormat(u"yyyy-MM-dd"_s);
            date->setMinimumDate(NoDate);
            date->setDate(NoDate);
            edit = date;
        } else {
            edit = new QDateTimeEdit(holder);
            edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
            edit->setMinimumDateTime(NoDateTime);
            edit->setDateTime(NoDateTime);
        }
        edit->setCalendarPopup(true);
        //: shown in an empty date field of a command form
        edit->setSpecialValueText(tr("not set"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, target = &row, changed] {
            if (!m_filling)
                target->unreadable.reset();
            changed();
        });
        auto *clear = new QToolButton(holder);
        clear->setObjectName(u"clear"_s);
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Leave the date out"));
        connect(clear, &QToolButton::clicked, edit, [edit] { edit->setDateTime(edit->minimumDateTime()); });
        layout->addWidget(edit, 1);
        layout->addWidget(clear);
        row.editor = edit;
        return holder;
    }
    case ParamType::Integer: {
        auto *spin = new QSpinBox(row.field);
        spin->setRange(-1, INT_MAX);
        spin->setSpecialValueText(tr("not set"));
        spin->setValue(-1);
        connect(spin, &QSpinBox::valueChanged, this, [this, target = &row, changed] {
            if (!m_filling)
                target->unreadable.reset();
            changed();
        });
        row.editor = spin;
        return spin;
    }
    case ParamType::Number: {
        auto *spin = new QDoubleSpinBox(row.field);
        spin->setDecimals(2);
        spin->setRange(-1, 1e9);
        spin->setSpecialValueText(tr("not set"));
        spin->setValue(-1);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, target = &row, changed] {
            if (!m_filling)
                target->unreadable.reset();
            changed();
        });
        row.editor = spin;
        return spin;
    }
    case ParamType::File: {
        auto *holder = new QWidget(row.field);
        auto *layout = new QHBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLineEdit(holder);
        name->setReadOnly(true);
        name->setPlaceholderText(tr("No file chosen"));
        auto *choose = new QPushButton(tr("Choose…"), holder);
        choose->setObjectName(u"choose"_s);
        auto *clear = new QToolButton(holder);
        clear->setObjectName(u"clear"_s);
        clear->setText(tr("Clear"));
        Row *target = &row;
        connect(choose, &QPushButton::clicked, this, [this, target] { chooseFile(*target); });
        connect(clear, &QToolButton::clicked, this, [this, target, name] {
            target->file.reset();
            name->clear();
            revalidate();
        });
        layout->addWidget(name, 1);
        layout->addWidget(choose);
        layout->addWidget(clear);
        row.editor = name;
        return holder;
    }
    case ParamType::String:
    case ParamType::Email:
    case ParamType::Id:
        break;
    }
    auto *edit = new QLineEdit(row.field);
    if (spec.param == P::password)
        edit->setEchoMode(QLineEdit::Password);
    if (spec.type == ParamType::Email)
        edit->setPlaceholderText(tr("name@example.com"));
    connect(edit, &QLineEdit::textChanged, this, changed);
    const auto kind = Models::IdCompletionModel::kindOf(spec.param);
    if (kind != Models::IdCompletionModel::Kind::None && !m_cacheFile.isEmpty()) {
        auto *model = new Models::IdCompletionModel(kind, m_cacheFile, edit);
        auto *completer = new QCompleter(model, edit);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        completer->setCompletionRole(Models::IdCompletionModel::IdRole);
        edit->setCompleter(completer);
        connect(edit, &QLineEdit::textEdited, model, [model, completer](const QString &text) {
            model->setText(text);
            if (model->rowCount() > 0 && !text.isEmpty())
                completer->complete();
        });
    }
    row.editor = edit;
    return edit;
}

void CommandForm::chooseFile(Row &row)
{
    const QString path
        = MessageBoxes::openFileName(this, tr("Choose the file for “%1”").arg(Api::paramLabel(row.spec.param)));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::warning(this, tr("Choose a file"),
            tr("The file %1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    Api::FileUpload upload;
    upload.data = file.readAll();
    upload.fileName = QFileInfo(path).fileName();
    upload.contentType = QMimeDatabase().mimeTypeForFile(path).name();
    row.file = upload;
    qobject_cast<QLineEdit *>(row.editor)->setText(upload.fileName);
    revalidate();
}

QStringList CommandForm::editorValues(const Row &row) const
{
    if (row.unreadable)
        return {*row.unreadable};
    QWidget *editor = row.editor;
    if (auto *list = qobject_cast<ParamListEditor *>(editor))
        return list->values();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (!combo->isEditable()) {
            const QString wire = combo->currentData().toString();
            return wire.isEmpty() ? QStringList() : QStringList{wire};
        }
        const QString text = combo->currentText().trimmed();
        const int index = combo->findText(text, Qt::MatchFixedString);
        if (index > 0)
            return {combo->itemData(index).toString()};
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        if (box->checkState() == Qt::PartiallyChecked)
            return {};
        return {box->checkState() == Qt::Checked ? u"true"_s : u"false"_s};
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        return date->date() == NoDate ? QStringList() : QStringList{date->date().toString(Qt::ISODate)};
    if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
        return dateTime->dateTime() == NoDateTime ? QStringList()
                                                  : QStringList{dateTime->dateTime().toString(Qt::ISODate)};
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value() == spin->minimum() ? QStringList() : QStringList{QString::number(spin->value())};
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        return spin->value() == spin->minimum() ? QStringList() : QStringList{QString::number(spin->value())};
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // a preset value the admin emptied is sent empty: that clears the field on the server
        if (edit->text().isEmpty())
            return row.preset ? QStringList{QString()} : QStringList();
        return {edit->text()};
    }
    return {};
}

void CommandForm::setEditorValues(Row &row, const QStringList &values)
{
    const QString first = values.value(0);
    QWidget *editor = row.editor;
    if (auto *list = qobject_cast<ParamListEditor *>(editor)) {
        list->setValues(values);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString wire = Api::ValueSets::canonical(row.spec.values, first);
        const int index = first.isEmpty() ? 0 : (wire.isEmpty() ? -1 : combo->findData(wire));
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(first);
        else {
            // a value the closed set does not know stays, so validation names it
            combo->addItem(first, first);
            combo->setCurrentIndex(combo->count() - 1);
        }
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        const auto value = Api::ParamValidator::parseBool(first);
        box->setCheckState(!value ? Qt::PartiallyChecked : (*value ? Qt::Checked : Qt::Unchecked));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(first, Qt::ISODate);
        date->setDate(d.isValid() ? d : NoDate);
        if (!d.isValid() && !first.isEmpty())
            row.unreadable = first;
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
        const QDateTime dt = QDateTime::fromString(first, Qt::ISODate);
        dateTime->setDateTime(dt.isValid() ? dt : NoDateTime);
        if (!dt.isValid() && !first.isEmpty())
            row.unreadable = first;
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        bool ok = false;
        const int v = first.toInt(&ok);
        spin->setValue(ok ? v : spin->minimum());
        if (!ok && !first.isEmpty())
            row.unreadable = first;
    } else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor)) {
        bool ok = false;
        const double v = first.toDouble(&ok);
        number->setValue(ok ? v : number->minimum());
        if (!ok && !first.isEmpty())
            row.unreadable = first;
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(first);
    }
}

void CommandForm::setValues(const Api::RawParams &values)
{
    m_filling = true;
    for (const Api::RawParams::Entry &entry : values.entries()) {
        const P param = Api::paramFromName(entry.name);
        Row *target = nullptr;
        for (Row *row : std::as_const(m_rows)) {
            if (row->spec.name() == entry.name || (param != P::None && row->spec.alternatives.contains(param)))
                target = row;
        }
        if (!target) {
            if (entry.file)
                m_extra.setFile(entry.name, *entry.file);
            else
                m_extra.setList(entry.name, entry.values);
            continue;
        }
        if (target->names)
            target->names->setCurrentIndex(qMax(0, target->names->findData(entry.name)));
        if (entry.file) {
            target->file = entry.file;
            if (auto *edit = qobject_cast<QLineEdit *>(target->editor))
                edit->setText(entry.file->fileName);
        } else {
            setEditorValues(*target, entry.values);
        }
        target->preset = true;
    }
    m_filling = false;
    revalidate();
}

void CommandForm::setLocked(const QStringList &names)
{
    for (Row *row : std::as_const(m_rows)) {
        bool locked = names.contains(QString(row->spec.name()));
        for (const P alternative : row->spec.alternatives)
            locked = locked || names.contains(QString(Api::paramName(alternative)));
        if (!locked)
            continue;
        if (row->names)
            row->names->setEnabled(false);
        if (auto *edit = qobject_cast<QLineEdit *>(row->editor); edit && row->spec.type != ParamType::File)
            edit->setReadOnly(true); // still selectable and copyable
        else if (auto *list = qobject_cast<ParamListEditor *>(row->editor))
            list->setReadOnly(true);
        else if (row->editor->parentWidget() == row->field)
            row->editor->setEnabled(false);
        else
            row->editor->parentWidget()->setEnabled(false); // with its Clear and Choose buttons
        row->label->setToolTip(tr("Given by the action that opened this form"));
    }
}

QString CommandForm::chosenName(const Row &row) const
{
    return row.names ? row.names->currentData().toString() : QString(row.spec.name());
}

Api::RawParams CommandForm::rawParams() const
{
    Api::RawParams raw = m_extra;
    for (const Row *row : m_rows) {
        const QString name = chosenName(*row);
        if (row->spec.type == ParamType::File) {
            if (row->file)
                raw.setFile(name, *row->file);
            continue;
        }
        const QStringList values = editorValues(*row);
        if (values.isEmpty())
            continue;
        if (row->spec.isArray())
            raw.setList(name, values);
        else
            raw.add(name, values.first());
    }
    return raw;
}

QString CommandForm::valueOf(P param) const
{
    for (const Row *row : m_rows) {
        if (row->spec.param == param)
            return editorValues(*row).value(0);
    }
    const Api::RawParams::Entry *entry = m_extra.entry(QString(Api::paramName(param)));
    return entry ? entry->values.value(0) : QString();
}

QWidget *CommandForm::editor(P param) const
{
    for (const Row *row : m_rows) {
        if (row->spec.param == param)
            return row->editor;
    }
    return nullptr;
}

QLabel *CommandForm::problemLabel(P param) const
{
    for (const Row *row : m_rows) {
        if (row->spec.param == param)
            return row->problem;
    }
    return nullptr;
}

QComboBox *CommandForm::nameChoice(P param) const
{
    for (const Row *row : m_rows) {
        if (row->spec.param == param)
            return row->names;
    }
    return nullptr;
}

void CommandForm::revalidate()
{
    if (m_filling)
        return;
    m_validation = Api::ParamValidator::validate(m_fn, rawParams());
    QList<Api::ParamProblem> unplaced = m_validation.problems;
    for (Row *row : std::as_const(m_rows)) {
        QStringList messages;
        for (const Api::ParamProblem &problem : m_validation.problems) {
            if (problem.param != P::None
                && (problem.param == row->spec.param || row->spec.alternatives.contains(problem.param))) {
                messages << problem.message;
                unplaced.removeOne(problem);
            }
        }
        row->problem->setText(messages.join(u'\n'));
        row->problem->setVisible(!messages.isEmpty());
    }
    QStringList rest;
    for (const Api::ParamProblem &problem : std::as_const(unplaced))
        rest << problem.message;
    m_general->setText(rest.join(u'\n'));
    m_general->setVisible(!rest.isEmpty());
    Q_EMIT validationChanged();
}

} // namespace Springdesk::Views
