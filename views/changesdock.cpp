#include "views/changesdock.h"

#include "core/ops/operation.h"
#include "models/connectionservice.h"
#include "models/operationlogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

using Models::OperationLogModel;
using Ops::Outcome;

ChangesDock::ChangesDock(Models::ConnectionService *connection, QWidget *parent)
    : QDockWidget(tr("Changes"), parent)
    , m_connection(connection)
    , m_model(new OperationLogModel(this))
    , m_text(new QLineEdit)
    , m_outcome(new QComboBox)
    , m_period(new QComboBox)
    , m_count(new QLabel)
    , m_view(new QTableView)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"changesDock"_s);
    m_text->setObjectName(u"changesText"_s);
    m_outcome->setObjectName(u"changesOutcome"_s);
    m_period->setObjectName(u"changesPeriod"_s);
    m_view->setObjectName(u"changesTable"_s);

    m_text->setPlaceholderText(tr("Filter by function, ID, parameter or message…"));
    m_text->setClearButtonEnabled(true);
    // the filters beside it must not squeeze the field below its (translated) placeholder
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 48);
    m_outcome->addItem(tr("All outcomes"), -1);
    for (const Outcome o :
        {Outcome::Done, Outcome::Failed, Outcome::VerifiedDone, Outcome::VerifiedNotDone, Outcome::StillUnknown})
        m_outcome->addItem(Ops::OperationRecord::outcomeText(o), int(o));
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 86400);
    m_period->addItem(tr("Last 7 days"), 7 * 86400);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(m_period);
    filters->addWidget(m_count);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ChangesDock::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ChangesDock::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ChangesDock::applyFilter);
    connect(m_model, &OperationLogModel::reloaded, this, [this] {
        m_count->setText(tr("%n change(s)", nullptr, m_model->rowCount()));
        m_count->setToolTip(m_model->lastError());
    });
    connect(m_connection, &Models::ConnectionService::operationFinished, this, &ChangesDock::reload);
    connect(m_connection, &Models::ConnectionService::readyChanged, this, &ChangesDock::reload);
    connect(m_connection, &Models::ConnectionService::logFileChanged, this, &ChangesDock::reload);
    reload();
}

void ChangesDock::reload()
{
    if (m_model->logFile() != m_connection->logFile())
        m_model->setLogFile(m_connection->logFile()); // reloads
    else
        m_model->reload();
}

void ChangesDock::applyFilter()
{
    Ops::OperationFilter filter = m_model->filter();
    filter.text = m_text->text().trimmed();
    const int outcome = m_outcome->currentData().toInt();
    filter.outcome = outcome < 0 ? std::nullopt : std::optional<Outcome>(Outcome(outcome));
    const int seconds = m_period->currentData().toInt();
    filter.since = seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-seconds) : QDateTime();
    m_model->setFilter(filter);
}

} // namespace Springdesk::Views
