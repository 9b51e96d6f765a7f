#include "views/functionpickerdialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

namespace {

constexpr int FnRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

} // namespace

QString FunctionPickerDialog::resourceLabel(Api::Resource resource)
{
    switch (resource) {
    case Api::Resource::Users:
        return tr("Users");
    case Api::Resource::ContentLibraries:
        return tr("Content libraries");
    case Api::Resource::Groups:
        return tr("User groups");
    case Api::Resource::Subenvironments:
        return tr("Subenvironments");
    case Api::Resource::Subscriptions:
        return tr("Subscriptions and results");
    case Api::Resource::Courses:
        return tr("Templates and courses");
    case Api::Resource::Calendar:
        return tr("Calendar items");
    case Api::Resource::AccessCodes:
        return tr("Access codes");
    case Api::Resource::Events:
        return tr("Bookable events");
    case Api::Resource::Profiles:
        return tr("Skill profiles");
    case Api::Resource::Bundles:
        return tr("Bundles");
    case Api::Resource::Sso:
        return tr("Single sign-on");
    }
    return {};
}

QString FunctionPickerDialog::describe(const Api::Endpoint &endpoint)
{
    QString text;
    if (endpoint.kind == Api::CallKind::Query)
        text = tr("Query: reads, changes nothing");
    else if (endpoint.meta.destructive)
        text = tr("Command: cannot be undone");
    else
        text = tr("Command: changes the environment");
    if (endpoint.confidence == Api::Confidence::Provisional)
        //: appended to a function's description when its name is the contract's best guess
        text = tr("%1 (provisional name)").arg(text);
    return text;
}

FunctionPickerDialog::FunctionPickerDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"functionPicker"_s);
    setWindowTitle(tr("Run API function"));
    resize(760, 560);
    m_filter->setObjectName(u"functionFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by function, resource or parameter…"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"functionTree"_s);
    m_tree->setHeaderLabels({tr("Function"), tr("Request"), tr("Kind")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QHash<Api::Resource, QTreeWidgetItem *> groups;
    for (const Api::Endpoint &endpoint : Api::endpoints()) {
        QTreeWidgetItem *group = groups.value(endpoint.resource);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {resourceLabel(endpoint.resource)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            groups.insert(endpoint.resource, group);
        }
        const QString method = endpoint.method == Api::HttpMethod::Get ? u"GET"_s : u"POST"_s;
        auto *item = new QTreeWidgetItem(
            group, {endpoint.function, method + u' ' + endpoint.pathTemplate(), describe(endpoint)});
        item->setData(0, FnRole, int(endpoint.fn));
        QStringList search{endpoint.function, resourceLabel(endpoint.resource)};
        for (const Api::ParamSpec &spec : endpoint.params)
            search << spec.name() << Api::paramLabel(spec.param);
        item->setData(0, SearchRole, search.join(u'\n'));
        item->setToolTip(0, tr("Parameters: %1").arg(search.mid(2).join(u", "_s)));
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &FunctionPickerDialog::setFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FunctionPickerDialog::chooseCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &FunctionPickerDialog::chooseCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Open)->setEnabled(currentFunction().has_value()); });
    buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    // Enter in the filter opens the first match
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (QTreeWidgetItem *first = firstVisibleFunction()) {
            m_tree->setCurrentItem(first);
            chooseCurrent();
        }
    });
    m_filter->setFocus();
}

int FunctionPickerDialog::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    int matching = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match
                = needle.isEmpty() || item->data(0, SearchRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
        matching += shown;
    }
    if (QTreeWidgetItem *first = firstVisibleFunction(); first && !needle.isEmpty())
        m_tree->setCurrentItem(first);
    return matching;
}

QTreeWidgetItem *FunctionPickerDialog::firstVisibleFunction() const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; !group->isHidden() && i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                return group->child(i);
        }
    }
    return nullptr;
}

std::optional<Api::Fn> FunctionPickerDialog::currentFunction() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, FnRole).isValid())
        return std::nullopt;
    return Api::Fn(item->data(0, FnRole).toInt());
}

void FunctionPickerDialog::choose(Api::Fn fn)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, FnRole).toInt() == int(fn)) {
                m_tree->setCurrentItem(group->child(i));
                chooseCurrent();
                return;
            }
        }
    }
}

void FunctionPickerDialog::chooseCurrent()
{
    const auto fn = currentFunction();
    if (!fn)
        return;
    Q_EMIT functionChosen(*fn);
    accept();
}

} // namespace Springdesk::Views
