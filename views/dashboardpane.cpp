#include "views/dashboardpane.h"

#include "models/cachesession.h"
#include "views/messageboxes.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void addValueAxis(QChart *chart, QAbstractSeries *series, int maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1, maximum));
    axis->setLabelFormat(u"%d"_s);
    // whole numbers only: 0 and 1 for an empty chart, never "0, 0, 0, 1"
    axis->setTickCount(qBound(2, maximum + 1, 5));
    if (maximum > 4)
        axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
}

} // namespace

DashboardPane::DashboardPane(Models::CacheSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(u"dashboardPane"_s);
    m_status->setObjectName(u"dashboardStatus"_s);
    m_status->setWordWrap(true);
    auto *grid = new QGridLayout;
    const QStringList names{u"statusChart"_s, u"progressChart"_s, u"expirationsChart"_s, u"historyChart"_s};
    for (int c = 0; c < ChartCount; ++c) {
        m_views[c] = new QChartView(this);
        m_views[c]->setObjectName(names.at(c));
        m_views[c]->setRenderHint(QPainter::Antialiasing);
        m_views[c]->setMinimumSize(320, 240);
        m_save[c] = new QPushButton(tr("Save as &PNG…"), this);
        m_save[c]->setObjectName(names.at(c) + u"Save"_s);
        m_save[c]->setToolTip(tr("Save this chart as a PNG image."));
        connect(m_save[c], &QPushButton::clicked, this, [this, c] { saveChart(Chart(c)); });
        auto *box = new QVBoxLayout;
        box->addWidget(m_views[c], 1);
        box->addWidget(m_save[c], 0, Qt::AlignRight);
        grid->addLayout(box, c / 2, c % 2);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardPane::reload);
    connect(m_session, &Models::CacheSession::cacheChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_session, &Models::CacheSession::syncFinished, m_reloadTimer, qOverload<>(&QTimer::start));
    display(Models::DashboardData{});
    m_reloadTimer->start();
}

DashboardPane::~DashboardPane()
{
    ++m_generation;
}

void DashboardPane::scheduleReload()
{
    m_reloadTimer->start();
}

void DashboardPane::reload()
{
    const QString path = m_session->currentCacheFile();
    if (path.isEmpty()) {
        display({});
        m_status->setText(tr("There is no local cache yet: choose a connection profile and synchronise."));
        Q_EMIT updated();
        return;
    }
    m_status->setText(tr("Reading the local cache…"));
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Models::DashboardData>(this);
    connect(watcher, &QFutureWatcher<Models::DashboardData>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Models::DashboardData data = watcher->result();
        display(data);
        if (!data.error.isEmpty())
            m_status->setText(data.error);
        else if (!data.historyError.isEmpty())
            m_status->setText(tr("From the local cache. The operation log cannot be read: %1").arg(data.historyError));
        else
            m_status->setText(tr("From the local cache and the log of the commands sent for this profile."));
        Q_EMIT updated();
    });
    watcher->setFuture(
        QtConcurrent::run([path, today = QDate::currentDate()] { return Models::DashboardData::load(path, today); }));
}

void DashboardPane::display(const Models::DashboardData &data)
{
    m_data = data;
    // subscriptions by status
    QChart *status = newChart(tr("Subscriptions by status"));
    auto *pie = new QPieSeries(status);
    for (const auto &[label, count] : data.statusCounts) {
        if (count > 0)
            pie->append(tr("%1 (%L2)").arg(label).arg(count), count);
    }
    status->addSeries(pie);
    status->legend()->setAlignment(Qt::AlignRight);
    // progress distribution per course
    QChart *progress = newChart(tr("Progress of the learners of the biggest courses"));
    auto *stacked = new QStackedBarSeries(progress);
    const QStringList buckets = Models::DashboardData::bucketLabels();
    QStringList courses;
    int tallest = 0;
    for (const auto &c : data.progress) {
        courses << (c.course.externalId.isEmpty() ? c.course.name.left(24) : c.course.externalId);
        int sum = 0;
        for (int n : c.counts)
            sum += n;
        tallest = qMax(tallest, sum);
    }
    for (int b = 0; b < buckets.size(); ++b) {
        auto *set = new QBarSet(buckets.at(b), stacked);
        for (const auto &c : data.progress)
            *set << c.counts.value(b);
        stacked->append(set);
    }
    progress->addSeries(stacked);
    auto *courseAxis = new QBarCategoryAxis(progress);
    courseAxis->append(courses);
    courseAxis->setLabelsAngle(-90);
    progress->addAxis(courseAxis, Qt::AlignBottom);
    stacked->attachAxis(courseAxis);
    addValueAxis(progress, stacked, tallest);
    // expirations over the coming weeks
    QChart *expirations = newChart(tr("Subscriptions expiring in the coming weeks"));
    auto *bars = new QBarSeries(expirations);
    auto *set = new QBarSet(tr("Expiring"), bars);
    QStringList weeks;
    int most = 0;
    for (int w = 0; w < data.expirationsPerWeek.size(); ++w) {
        *set << data.expirationsPerWeek.at(w);
        most = qMax(most, data.expirationsPerWeek.at(w));
        weeks << QLocale().toString(data.weeksFrom.addDays(7 * w), u"d/M"_s);
    }
    bars->append(set);
    expirations->addSeries(bars);
    auto *weekAxis = new QBarCategoryAxis(expirations);
    weekAxis->append(weeks);
    weekAxis->setLabelsAngle(-90);
    expirations->legend()->hide();
    expirations->addAxis(weekAxis, Qt::AlignBottom);
    bars->attachAxis(weekAxis);
    addValueAxis(expirations, bars, most);

    // commands sent per week, by where they came from (the import history)
    QChart *history = newChart(tr("Commands sent in the past weeks"));
    auto *sources = new QStackedBarSeries(history);
    const QStringList sourceLabels = Models::DashboardData::sourceLabels();
    QList<int> perWeek(data.changesPerWeek.value(0).size(), 0);
    for (int source = 0; source < data.changesPerWeek.size(); ++source) {
        auto *sourceSet = new QBarSet(sourceLabels.value(source), sources);
        const QList<int> &counts = data.changesPerWeek.at(source);
        for (int w = 0; w < counts.size(); ++w) {
            *sourceSet << counts.at(w);
            perWeek[w] += counts.at(w);
        }
        sources->append(sourceSet);
    }
    history->addSeries(sources);
    QStringList pastWeeks;
    for (int w = 0; w < perWeek.size(); ++w)
        pastWeeks << QLocale().toString(data.historyFrom.addDays(7 * w), u"d/M"_s);
    auto *pastAxis = new QBarCategoryAxis(history);
    pastAxis->append(pastWeeks);
    pastAxis->setLabelsAngle(-90);
    history->addAxis(pastAxis, Qt::AlignBottom);
    sources->attachAxis(pastAxis);
    addValueAxis(history, sources, perWeek.isEmpty() ? 0 : *std::max_element(perWeek.cbegin(), perWeek.cend()));

    QChart *charts[ChartCount] = {status, progress, expirations, history};
    for (int c = 0; c < ChartCount; ++c) {
        QChart *old = m_views[c]->chart();
        m_views[c]->setChart(charts[c]);
        delete old;
        m_save[c]->setEnabled(!data.statusCounts.isEmpty());
    }
}

bool DashboardPane::savePng(Chart chart, const QString &path, QString *error) const
{
    const QPixmap image = m_views[chart]->grab();
    if (!image.save(path, "PNG")) {
        *error = tr("The chart could not be saved as %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void DashboardPane::saveChart(Chart chart)
{
    QString path = MessageBoxes::saveFileName(this, tr("Save chart"), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    QString error;
    if (!savePng(chart, path, &error))
        MessageBoxes::critical(this, tr("Save chart"), error);
}

} // namespace Springdesk::Views
