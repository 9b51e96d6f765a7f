#include "views/coursepickerdialog.h"

#include "models/cachedcoursemodel.h"
#include "ui_coursepickerdialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;
using Springdesk::Models::CachedCourseModel;

namespace Springdesk::Views {

CoursePickerDialog::CoursePickerDialog(CachedCourseModel *model, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CoursePickerDialog>())
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"coursePickerDialog"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // name and external ID
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(CachedCourseModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->courseTable;
    table->setModel(m_proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(CachedCourseModel::Name, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(CachedCourseModel::Name, QHeaderView::Stretch);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Fetch results"));

    connect(m_ui->courseFilter, &QLineEdit::textChanged, this, &CoursePickerDialog::setFilterText);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CoursePickerDialog::updateState);
    connect(table, &QAbstractItemView::doubleClicked, this, [this] {
        if (!selectedCourseUid().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

CoursePickerDialog::~CoursePickerDialog() = default;

QString CoursePickerDialog::selectedCourseUid() const
{
    const QModelIndexList rows = m_ui->courseTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(CachedCourseModel::UidRole).toString();
}

void CoursePickerDialog::setFilterText(const QString &text)
{
    if (m_ui->courseFilter->text() != text)
        m_ui->courseFilter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    updateState();
}

int CoursePickerDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

bool CoursePickerDialog::selectCourse(const QString &text)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        for (int column = 0; column < m_proxy->columnCount(); ++column) {
            if (m_proxy->index(row, column).data().toString().compare(text, Qt::CaseInsensitive) == 0) {
                m_ui->courseTable->selectRow(row);
                return true;
            }
        }
    }
    return false;
}

void CoursePickerDialog::updateState()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!selectedCourseUid().isEmpty());
    //: shown under the course list: %L1 courses shown (filtered), %Ln cached courses in all
    m_ui->countLabel->setText(tr("%L1 of %Ln cached course(s)", nullptr, m_model->rowCount()).arg(visibleCount()));
}

} // namespace Springdesk::Views
