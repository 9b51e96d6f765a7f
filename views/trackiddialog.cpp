#include "views/trackiddialog.h"

#include "core/store/idtracker.h"
#include "models/idtrackingcontroller.h"
#include "ui_trackiddialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

namespace {

using Store::KnownId;

const auto ErrorStyle = u"color: #c62828;"_s;
const auto SuccessStyle = u"color: #2e7d32;"_s;

const QList<KnownId::Kind> Kinds{KnownId::Kind::Group, KnownId::Kind::AccessCodeGroup, KnownId::Kind::BookableEvent,
    KnownId::Kind::Subenvironment, KnownId::Kind::ContentLibrary};

} // namespace

TrackIdDialog::TrackIdDialog(Models::IdTrackingController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrackIdDialog>())
    , m_controller(controller)
    , m_trackedLabel(new QLabel(this))
    , m_tracked(new QListWidget(this))
{
    setObjectName(u"trackIdDialog"_s);
    m_ui->setupUi(this);
    // what is tracked already, of the chosen kind; a click puts the ID in the field
    m_tracked->setObjectName(u"trackedList"_s);
    m_tracked->setMaximumHeight(140);
    m_trackedLabel->setBuddy(m_tracked);
    const int at = m_ui->mainLayout->indexOf(m_ui->resultLabel) + 1;
    m_ui->mainLayout->insertWidget(at, m_trackedLabel);
    m_ui->mainLayout->insertWidget(at + 1, m_tracked);
    connect(m_tracked, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_ui->idEdit->setText(m_tracked->currentItem()->data(Qt::UserRole).toString());
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &TrackIdDialog::refreshTracked);
    for (const auto kind : Kinds)
        m_ui->kindCombo->addItem(kindDisplayName(kind), int(kind));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->trackButton, &QPushButton::clicked, this, &TrackIdDialog::track);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &TrackIdDialog::stopTracking);
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, &TrackIdDialog::validate);
    connect(m_ui->idEdit, &QLineEdit::returnPressed, this, &TrackIdDialog::track);
    connect(m_controller, &Models::IdTrackingController::busyChanged, this, &TrackIdDialog::onBusyChanged);
    connect(m_controller, &Models::IdTrackingController::finished, this, &TrackIdDialog::onFinished);
    validate();
    onBusyChanged(m_controller->isBusy());
    refreshTracked();
}

QStringList TrackIdDialog::trackedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_tracked->count(); ++row)
        ids << m_tracked->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void TrackIdDialog::refreshTracked()
{
    QString error;
    const QList<KnownId> tracked = m_controller->trackedIds(kind(), &error);
    m_tracked->clear();
    for (const KnownId &id : tracked) {
        QString state;
        switch (id.state) {
        case KnownId::State::Unknown:
            state = tr("not checked");
            break;
        case KnownId::State::Exists:
            state = tr("exists");
            break;
        case KnownId::State::Missing:
            state = tr("missing on the server");
            break;
        case KnownId::State::Deleted:
            state = tr("deleted");
            break;
        }
        //: a tracked ID and its state, e.g. "SALES-2026 (exists)"
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(id.externalId, state), m_tracked);
        item->setData(Qt::UserRole, id.externalId);
    }
    m_trackedLabel->setText(!error.isEmpty() ? error
            : tracked.isEmpty()              ? tr("Nothing of this kind is tracked yet.")
                                             : tr("Tracked (%n):", nullptr, int(tracked.size())));
}

TrackIdDialog::~TrackIdDialog() = default;

QString TrackIdDialog::kindDisplayName(KnownId::Kind kind)
{
    switch (kind) {
    case KnownId::Kind::Group:
        return tr("Group");
    case KnownId::Kind::AccessCodeGroup:
        return tr("Access-code group");
    case KnownId::Kind::BookableEvent:
        return tr("Event");
    case KnownId::Kind::Subenvironment:
        return tr("Subenvironment (not checkable)");
    case KnownId::Kind::ContentLibrary:
        return tr("Content library (not checkable)");
    }
    Q_UNREACHABLE();
    return {};
}

void TrackIdDialog::setKind(KnownId::Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

KnownId::Kind TrackIdDialog::kind() const
{
    return KnownId::Kind(m_ui->kindCombo->currentData().toInt());
}

void TrackIdDialog::setId(const QString &id)
{
    m_ui->idEdit->setText(id);
}

bool TrackIdDialog::isBusy() const
{
    return m_controller->isBusy();
}

QString TrackIdDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

bool TrackIdDialog::canTrack() const
{
    const QString id = m_ui->idEdit->text().trimmed();
    return !m_controller->isBusy() && !id.isEmpty() && Store::IdTracker::validateId(id).isEmpty();
}

bool TrackIdDialog::track()
{
    if (!canTrack())
        return false;
    if (!m_controller->track(kind(), m_ui->idEdit->text().trimmed()))
        return false;
    m_waiting = true;
    return true;
}

bool TrackIdDialog::stopTracking()
{
    if (!canTrack())
        return false;
    QString message;
    const bool ok = m_controller->forget(kind(), m_ui->idEdit->text().trimmed(), &message);
    showResult(message, !ok);
    refreshTracked();
    return ok;
}

void TrackIdDialog::validate()
{
    const QString id = m_ui->idEdit->text().trimmed();
    const QString problem = id.isEmpty() ? QString() : Store::IdTracker::validateId(id);
    if (problem.isEmpty())
        showResult({}, false);
    else
        showResult(problem, true);
    m_ui->trackButton->setEnabled(canTrack());
    m_ui->stopButton->setEnabled(canTrack());
}

void TrackIdDialog::onBusyChanged(bool busy)
{
    m_ui->kindCombo->setEnabled(!busy);
    m_ui->idEdit->setReadOnly(busy);
    m_ui->trackButton->setEnabled(canTrack());
    m_ui->stopButton->setEnabled(canTrack());
    if (busy)
        showResult(tr("Checking on the server whether it exists…"), false);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void TrackIdDialog::onFinished(const Store::TrackResult &result)
{
    if (!m_waiting)
        return; // a check started elsewhere
    m_waiting = false;
    showResult(result.message, !result.ok());
    m_ui->trackButton->setEnabled(canTrack());
    m_ui->stopButton->setEnabled(canTrack());
    if (result.ok())
        m_ui->idEdit->selectAll();
    refreshTracked();
    m_ui->idEdit->setFocus();
    Q_EMIT tracked(result);
}

void TrackIdDialog::showResult(const QString &text, bool error)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(text.isEmpty() ? QString() : error ? ErrorStyle : SuccessStyle);
}

} // namespace Springdesk::Views
