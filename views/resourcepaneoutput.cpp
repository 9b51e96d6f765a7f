// ResourcePane: what leaves the pane as the view shows it — the column chooser, File → Export…,
// Copy ID and Copy row. The skeleton itself is in resourcepane.cpp.
#include "views/resourcepane.h"

#include "models/cachesession.h"
#include "models/modelexport.h"
#include "models/modelroles.h"
#include "views/exportrunner.h"
#include "views/headermemory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

QList<int> ResourcePane::visibleColumns() const
{
    const QHeaderView *h = header();
    QList<int> columns;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

bool ResourcePane::canExport() const
{
    return m_model && !m_session->currentCacheFile().isEmpty() && !m_session->isOpening();
}

void ResourcePane::startExport(const Transfer::ExportDocument &base)
{
    const QList<int> columns = visibleColumns();
    const Transfer::ExportColumns exportColumns = Models::ModelExport::columns(m_model, columns);
    const QItemSelectionModel *selection = m_view->selectionModel();
    const bool onlySelected = selection && !selection->selectedRows().isEmpty();
    QList<Transfer::ExportRow> rows;
    // every row in the model's order (a tree depth first), the selected ones when some are
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex first = m_model->index(row, 0, parent);
            if (!onlySelected || selection->isRowSelected(row, parent)) {
                Transfer::ExportRow values;
                for (const int column : columns)
                    values << m_model->index(row, column, parent).data(Models::RawValueRole);
                rows << values;
            }
            collect(first);
        }
    };
    collect({});
    Transfer::ExportDocument document = base;
    if (!filterEdit()->text().trimmed().isEmpty())
        document.filters.append({tr("Filter"), filterEdit()->text().trimmed()});
    if (onlySelected)
        document.filters.append({tr("Rows"), tr("%n selected row(s)", nullptr, int(rows.size()))});
    const QString sheet = document.title.isEmpty() ? tr("Export") : document.title;
    QString fileName = sheet.toLower();
    fileName.replace(u' ', u'-');
    ExportRunner::start(this, jobRegistry(), fileName, document, [exportColumns, rows, sheet](QString *) {
        Transfer::TableSources sources;
        sources.push_back(std::make_unique<Transfer::ListTableSource>(sheet, exportColumns, rows));
        return sources;
    });
}

QMenu *ResourcePane::columnMenu()
{
    auto *menu = findChild<QMenu *>(u"columnMenu"_s, Qt::FindDirectChildrenOnly);
    if (!menu) {
        menu = new QMenu(this);
        menu->setObjectName(u"columnMenu"_s);
        menu->setTitle(tr("Columns"));
    }
    menu->clear();
    QHeaderView *h = header();
    if (!m_model)
        return menu;
    int visible = 0;
    for (int section = 0; section < h->count(); ++section)
        visible += h->isSectionHidden(section) ? 0 : 1;
    for (int section = 0; section < h->count(); ++section) {
        QAction *action = menu->addAction(m_model->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!h->isSectionHidden(section));
        // the last visible column stays: a table without columns shows nothing to choose from
        action->setEnabled(h->isSectionHidden(section) || visible > 1);
        connect(action, &QAction::toggled, this, [this, h, section](bool shown) {
            h->setSectionHidden(section, !shown);
            if (shown && h->sectionSize(section) < h->sectionSizeHint(section))
                h->resizeSection(section, h->sectionSizeHint(section));
            HeaderMemory::save(h, m_config, m_options.headerStateKey);
        });
    }
    return menu;
}

void ResourcePane::copyIds()
{
    const QStringList keys = selectedKeys();
    if (!keys.isEmpty())
        QApplication::clipboard()->setText(keys.join(u'\n'));
}

void ResourcePane::copyRows()
{
    if (!m_model)
        return;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *h = header();
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int visual = 0; visual < h->count(); ++visual) {
            const int column = h->logicalIndex(visual);
            if (!h->isSectionHidden(column))
                cells << row.sibling(row.row(), column).data().toString();
        }
        lines << cells.join(u'\t');
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace Springdesk::Views
