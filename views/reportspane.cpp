#include "views/reportspane.h"

#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "core/transfer/reportregistry.h"
#include "models/cachesession.h"
#include "models/previewtablemodel.h"
#include "views/exportrunner.h"
#include "views/messageboxes.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

namespace {

constexpr int NameRole = Qt::UserRole + 1;

// The report prepared against the cache in this thread (a couple of small reads).
bool prepareReport(const Transfer::ReportDefinition &report, const QString &cacheFile, const QStringList &courses,
    int days, const QString &profile, Transfer::PreparedReport *out, QString *error)
{
    Store::CacheConnection connection(cacheFile);
    if (const auto e = connection.open()) {
        *error = ReportsPane::tr("The local cache cannot be read: %1").arg(e.message);
        return false;
    }
    return Transfer::ReportRegistry::prepare(
        report, connection.database(), cacheFile, courses, days, profile, out, error);
}

} // namespace

struct ReportsPane::Preview
{
    int generation = 0;
    Transfer::ExportColumns columns;
    QList<Transfer::ExportRow> rows;
    QString sheet;
    int sheets = 0;
    QString error;
};

ReportsPane::ReportsPane(Models::CacheSession *session, Settings::ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_coursesLabel(new QLabel(tr("&Courses:"), this))
    , m_courses(new QLineEdit(this))
    , m_daysLabel(new QLabel(tr("&Days ahead:"), this))
    , m_days(new QSpinBox(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new Models::PreviewTableModel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"reportsPane"_s);
    m_list->setObjectName(u"reportList"_s);
    m_courses->setObjectName(u"reportCourses"_s);
    m_days->setObjectName(u"reportDays"_s);
    m_preview->setObjectName(u"reportPreview"_s);
    m_status->setObjectName(u"reportStatus"_s);
    m_export->setObjectName(u"exportReport"_s);

    for (const auto &report : Transfer::ReportRegistry::all()) {
        auto *item = new QListWidgetItem(report.title(), m_list);
        item->setData(NameRole, report.name);
        item->setToolTip(report.description());
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_courses->setPlaceholderText(tr("All courses — or course IDs, separated by commas"));
    m_courses->setClearButtonEnabled(true);
    m_coursesLabel->setBuddy(m_courses);
    m_days->setRange(0, 3660);
    m_days->setValue(30);
    m_daysLabel->setBuddy(m_days);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_status->setWordWrap(true);
    m_export->setToolTip(tr("Write every row of this report to an XLSX or CSV file (Ctrl+E)."));

    auto *parameters = new QFormLayout;
    parameters->addRow(m_coursesLabel, m_courses);
    parameters->addRow(m_daysLabel, m_days);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_export);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_description);
    rightLayout->addLayout(parameters);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addLayout(bottom);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 840});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPane::loadPreview);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPane::onReportChanged);
    connect(m_courses, &QLineEdit::textChanged, this, &ReportsPane::schedulePreview);
    connect(m_days, &QSpinBox::valueChanged, this, &ReportsPane::schedulePreview);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport({}); });
    connect(m_session, &Models::CacheSession::cacheChanged, this, &ReportsPane::schedulePreview);
    connect(m_session, &Models::CacheSession::syncFinished, this, &ReportsPane::schedulePreview);
    m_list->setCurrentRow(0);
}

ReportsPane::~ReportsPane()
{
    ++m_generation;
}

const Transfer::ReportDefinition *ReportsPane::currentReport() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? Transfer::ReportRegistry::find(item->data(NameRole).toString()) : nullptr;
}

bool ReportsPane::selectReport(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(NameRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ReportsPane::onReportChanged()
{
    const Transfer::ReportDefinition *report = currentReport();
    if (!report)
        return;
    m_title->setText(report->title());
    m_description->setText(report->description());
    m_coursesLabel->setVisible(report->usesCourses);
    m_courses->setVisible(report->usesCourses);
    m_daysLabel->setVisible(report->usesDays);
    m_days->setVisible(report->usesDays);
    m_previewModel->setTable(report->columns(), {});
    schedulePreview();
}

QStringList ReportsPane::givenCourses() const
{
    QStringList courses;
    for (const QString &part : m_courses->text().split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            courses << part.trimmed();
    }
    return courses;
}

void ReportsPane::schedulePreview()
{
    ++m_generation; // a preview on its way is out of date
    m_status->setText(tr("Reading the preview…"));
    m_previewTimer->start();
}

void ReportsPane::loadPreview()
{
    const Transfer::ReportDefinition *report = currentReport();
    const QString cacheFile = m_session->currentCacheFile();
    m_export->setEnabled(canExport());
    if (!report)
        return;
    if (cacheFile.isEmpty()) {
        m_previewModel->setTable(report->columns(), {});
        m_status->setText(tr("There is no local cache yet: choose a connection profile and synchronise."));
        Q_EMIT previewUpdated();
        return;
    }
    const int generation = ++m_generation;
    const QStringList courses = report->usesCourses ? givenCourses() : QStringList();
    const int days = m_days->value();
    auto *watcher = new QFutureWatcher<Preview>(this);
    connect(watcher, &QFutureWatcher<Preview>::finished, this, [this, watcher, report] {
        watcher->deleteLater();
        const Preview p = watcher->result();
        if (p.generation != m_generation)
            return;
        if (!p.error.isEmpty()) {
            m_previewModel->setTable(report->columns(), {});
            m_status->setText(p.error);
        } else {
            m_previewModel->setTable(p.columns, p.rows);
            m_preview->resizeColumnsToContents();
            if (p.sheets > 1) {
                m_status->setText(
                    tr("Preview of \"%1\", the first of %2 sheets: %n row(s) shown.", nullptr, int(p.rows.size()))
                        .arg(p.sheet)
                        .arg(p.sheets));
            } else {
                m_status->setText(
                    tr("Preview: %n row(s) shown; the export writes every row.", nullptr, int(p.rows.size())));
            }
        }
        Q_EMIT previewUpdated();
    });
    watcher->setFuture(QtConcurrent::run([report, cacheFile, courses, days, generation] {
        Preview p;
        p.generation = generation;
        Transfer::PreparedReport prepared;
        if (!prepareReport(*report, cacheFile, courses, days, {}, &prepared, &p.error))
            return p;
        Transfer::TableSources sources = report->sheets(prepared.input, &p.error);
        if (sources.empty())
            return p;
        p.sheets = int(sources.size());
        p.sheet = sources.front()->name();
        p.columns = sources.front()->columns();
        sources.front()->fetch(PreviewRows, &p.rows, &p.error);
        return p;
    }));
}

bool ReportsPane::canExport() const
{
    return currentReport() && !m_session->currentCacheFile().isEmpty() && !m_session->isOpening();
}

void ReportsPane::startExport(const Transfer::ExportDocument &base)
{
    const Transfer::ReportDefinition *report = currentReport();
    if (!report || !canExport())
        return;
    QString profile = base.profile;
    if (profile.isEmpty()) {
        if (const auto active = m_profiles->activeProfile())
            profile = active->name;
    }
    Transfer::PreparedReport prepared;
    QString error;
    if (!prepareReport(*report, m_session->currentCacheFile(), report->usesCourses ? givenCourses() : QStringList(),
            m_days->value(), profile, &prepared, &error)) {
        MessageBoxes::critical(this, tr("Export"), error);
        return;
    }
    ExportRunner::start(this, jobRegistry(), report->name, prepared.document,
        [report, input = prepared.input](QString *e) { return report->sheets(input, e); });
}

} // namespace Springdesk::Views
