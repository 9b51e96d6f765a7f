#include "views/commanddialog.h"

#include "core/api/requestbuilder.h"
#include "core/ops/operation.h"
#include "core/settings/profilestore.h"
#include "core/transfer/exportwriter.h"
#include "models/connectionservice.h"
#include "ui_commanddialog.h"
#include "views/commandform.h"
#include "views/messageboxes.h"
#include "views/viewslog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Springdesk::Ops::Outcome;

namespace Springdesk::Views {

namespace {

enum AnswerPage
{
    TextPage,
    TablePage,
    TreePage,
};

// A JSON value as one cell: scalars as text, arrays and objects as compact JSON.
QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void addTreeItem(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addTreeItem(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addTreeItem(item, QString::number(i + 1), array.at(i));
    } else {
        item->setText(1, cellText(value));
    }
}

QString indentedJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return cellText(value);
}

} // namespace

CommandDialog::CommandDialog(Models::ConnectionService *service, Settings::ProfileStore *profiles,
    const CommandLauncher::Request &request, const QString &cacheFile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CommandDialog>())
    , m_service(service)
    , m_profiles(profiles)
    , m_request(request)
    , m_form(new CommandForm(request.fn, cacheFile))
{
    m_ui->setupUi(this);
    setObjectName(u"commandDialog"_s);
    const Api::Endpoint &endpoint = Api::endpoint(request.fn);
    const QString function = endpoint.function;
    //: window title of a command's form: the API function's name
    setWindowTitle(tr("%1 — Run API function").arg(function));
    //: the function, then its HTTP method and path, e.g. "addUser (POST /addUser/{userID})"
    m_ui->titleLabel->setText(
        tr("%1 (%2 %3)")
            .arg(function, endpoint.method == Api::HttpMethod::Get ? u"GET"_s : u"POST"_s, endpoint.pathTemplate()));
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(bold);

    m_ui->formArea->setWidget(m_form);
    m_form->setValues(request.preset);
    m_form->setLocked(request.locked);
    m_ui->answerTree->setHeaderLabels({tr("Field"), tr("Value")});
    m_ui->answerTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->answerStack->setCurrentIndex(TextPage);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->sendButton->setToolTip(endpoint.kind == Api::CallKind::Query
            ? tr("Ask the server (a query changes nothing)")
            : tr("Send the command to the server; it is recorded in the Changes view"));

    connect(m_form, &CommandForm::validationChanged, this, [this] {
        updatePreview();
        updateState();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &CommandDialog::send);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CommandDialog::copyAnswer);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CommandDialog::exportAnswer);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_service)
        connect(m_service, &Models::ConnectionService::readyChanged, this, &CommandDialog::updateState);
    updatePreview();
    updateState();
}

CommandDialog::~CommandDialog() = default;

QPushButton *CommandDialog::sendButton() const
{
    return m_ui->sendButton;
}

QPushButton *CommandDialog::copyButton() const
{
    return m_ui->copyButton;
}

QPushButton *CommandDialog::exportButton() const
{
    return m_ui->exportButton;
}

QPlainTextEdit *CommandDialog::preview() const
{
    return m_ui->preview;
}

QLabel *CommandDialog::outcomeLabel() const
{
    return m_ui->outcomeLabel;
}

QTableWidget *CommandDialog::answerTable() const
{
    return m_ui->answerTable;
}

QTreeWidget *CommandDialog::answerTree() const
{
    return m_ui->answerTree;
}

QPlainTextEdit *CommandDialog::answerText() const
{
    return m_ui->answerText;
}

QString CommandDialog::objectId() const
{
    const Api::Endpoint &endpoint = Api::endpoint(m_request.fn);
    if (endpoint.meta.idParam != Api::P::None)
        return m_form->valueOf(endpoint.meta.idParam).trimmed();
    const QList<Api::ParamSpec> path = endpoint.pathParams();
    return path.isEmpty() ? QString() : m_form->valueOf(path.first().param).trimmed();
}

QString CommandDialog::objectText() const
{
    if (!m_request.objectLabel.isEmpty())
        return m_request.objectLabel;
    const QString id = objectId();
    if (id.isEmpty())
        return {};
    const Api::Endpoint &endpoint = Api::endpoint(m_request.fn);
    const Api::P param
        = endpoint.meta.idParam != Api::P::None ? endpoint.meta.idParam : endpoint.pathParams().first().param;
    //: the object a command is about: the parameter's label, then its value, e.g. "User ID “EMP-1”"
    return tr("%1 “%2”").arg(Api::paramLabel(param), id);
}

void CommandDialog::updateState()
{
    const bool ready = m_service && m_service->isReady();
    m_ui->sendButton->setEnabled(m_form->isValid() && ready && !isSending());
    QStringList lines;
    const QString object = objectText();
    if (!object.isEmpty())
        lines << tr("About: %1").arg(object);
    const auto profile = m_profiles ? m_profiles->activeProfile() : std::nullopt;
    if (profile && profile->tag == Settings::ProfileTag::Production)
        lines << tr("Profile: %1 (production)").arg(profile->name);
    else if (profile)
        lines << tr("Profile: %1").arg(profile->name);
    if (Api::endpoint(m_request.fn).meta.destructive)
        lines << tr("This command cannot be undone; you will be asked to confirm.");
    if (!m_service)
        lines << tr("No connection: choose a profile with a local cache to send commands.");
    else if (!ready)
        lines << (m_service->problem().isEmpty() ? tr("Connecting…") : m_service->problem());
    m_ui->objectLabel->setText(lines.join(u'\n'));
}

void CommandDialog::updatePreview()
{
    const Api::Validation &validation = m_form->validation();
    if (!validation.isValid()) {
        QStringList lines{tr("Nothing can be sent while a parameter is wrong:")};
        for (const Api::ParamProblem &problem : validation.problems)
            lines << u"  • "_s + problem.message;
        m_ui->preview->setPlainText(lines.join(u'\n'));
        return;
    }
    const Api::Endpoint &endpoint = Api::endpoint(m_request.fn);
    QUrl base = m_service ? m_service->baseUrl() : QUrl();
    if (!base.isValid() || base.isEmpty())
        base = QUrl(u"https://environment.invalid/api/"_s);
    Api::ApiError error;
    const auto built = Api::RequestBuilder::build(base, m_request.fn, validation.params, error);
    if (!built) {
        m_ui->preview->setPlainText(tr("The request cannot be built: %1").arg(error.userText()));
        return;
    }
    QStringList lines{built->describe()};
    for (const Api::P param : validation.params.keys()) {
        const Api::ParamSpec *spec = endpoint.spec(param);
        if (spec && spec->isInPath())
            continue; // in the path already
        const Api::ApiParams::Value *value = validation.params.value(param);
        QString shown;
        if (const auto *file = std::get_if<Api::FileUpload>(value)) {
            //: a file parameter in the request preview: its name and size
            shown = tr("file %1 (%2)").arg(file->fileName, QLocale().formattedDataSize(file->data.size()));
        } else if (param == Api::P::password) {
            shown = u"••••••"_s;
        } else {
            shown = Api::ApiParams::encode(*value).join(u", "_s);
        }
        lines << u"  %1 = %2"_s.arg(Api::paramName(param), shown);
    }
    lines << tr("The API key goes in the X-API-Key header and is not shown.");
    m_ui->preview->setPlainText(lines.join(u'\n'));
}

bool CommandDialog::confirm()
{
    const Api::Endpoint &endpoint = Api::endpoint(m_request.fn);
    if (endpoint.kind == Api::CallKind::Query)
        return true;
    const QString function = endpoint.function;
    const QString object = objectText();
    const auto profile = m_profiles ? m_profiles->activeProfile() : std::nullopt;
    const bool production = profile && profile->tag == Settings::ProfileTag::Production;
    const QString id = objectId();
    if (production && endpoint.meta.destructive && !id.isEmpty()) {
        const QString typed = MessageBoxes::text(this, tr("Confirm on production"),
            tr("“%1” is a production environment and %2 on %3 cannot be undone. Type the ID %4 to confirm.")
                .arg(profile->name, function, object, id));
        if (typed.isNull())
            return false;
        if (typed.trimmed() != id) {
            MessageBoxes::warning(this, tr("Confirm on production"),
                tr("You typed “%1”, not the ID %2; nothing was sent.").arg(typed.trimmed(), id));
            return false;
        }
        return true;
    }
    if (production) {
        const QString text = object.isEmpty()
            ? tr("Send %1 to the production environment “%2”?").arg(function, profile->name)
            : tr("Send %1 for %2 to the production environment “%3”?").arg(function, object, profile->name);
        return MessageBoxes::question(this, tr("Send to production?"), text) == QMessageBox::Yes;
    }
    if (endpoint.meta.destructive) {
        const QString text = object.isEmpty()
            ? tr("Run %1? The API cannot restore what it removes.").arg(function)
            : tr("Run %1 on %2? The API cannot restore what it removes.").arg(function, object);
        return MessageBoxes::question(this, tr("Confirm"), text) == QMessageBox::Yes;
    }
    return true;
}

bool CommandDialog::send()
{
    if (isSending() || !m_form->isValid())
        return false;
    if (!m_service || !m_service->isReady()) {
        m_ui->outcomeLabel->setText(m_service && !m_service->problem().isEmpty()
                ? m_service->problem()
                : tr("Not sent: there is no connection to send it through."));
        return false;
    }
    if (!confirm()) {
        m_ui->outcomeLabel->setText(tr("Not sent."));
        return false;
    }
    Ops::Operation *operation = m_service->run(m_request.fn, m_form->rawParams());
    if (!operation) {
        m_ui->outcomeLabel->setText(tr("Not sent: %1").arg(m_service->problem()));
        return false;
    }
    qCDebug(lcViews) << "sending" << Api::endpoint(m_request.fn).function;
    m_running = operation;
    connect(operation, &Ops::Operation::finished, this, &CommandDialog::onFinished);
    m_ui->outcomeLabel->setText(tr("Sending…"));
    m_answer = QJsonValue();
    m_ui->answerStack->setCurrentIndex(TextPage);
    m_ui->answerText->clear();
    m_ui->copyButton->setEnabled(false);
    m_ui->exportButton->setEnabled(false);
    updateState();
    return true;
}

void CommandDialog::onFinished(Ops::Operation *operation)
{
    const Api::Endpoint &endpoint = Api::endpoint(m_request.fn);
    const QString message
        = operation->record().message.isEmpty() ? operation->error().userText() : operation->record().message;
    QString text;
    switch (operation->outcome()) {
    case Outcome::Done:
        if (endpoint.response == Api::ResponseShape::ResultBool)
            text = operation->json().toObject().value(u"result"_s).toBool() ? tr("The server answers: yes.")
                                                                            : tr("The server answers: no.");
        else if (endpoint.kind == Api::CallKind::Query)
            text = tr("Done: the server's answer is below.");
        else
            text = tr("Done: the server carried out %1.").arg(endpoint.function);
        break;
    case Outcome::Failed:
        text = tr("Failed: %1").arg(message);
        break;
    case Outcome::VerifiedDone:
        text = tr("Done (verified): the answer was lost, and a check afterwards shows the command was carried out.");
        break;
    case Outcome::VerifiedNotDone:
        text = tr("Not done (verified): the answer was lost, and a check afterwards shows the command was not "
                  "carried out. You can send it again.");
        break;
    case Outcome::StillUnknown:
        text = tr("Unknown: the answer was lost and no check could tell whether the command was carried out. "
                  "Look at the object before sending it again. %1")
                   .arg(message);
        break;
    }
    m_ui->outcomeLabel->setText(text);
    const bool succeeded = operation->succeeded();
    if (operation->outcome() == Outcome::Done)
        showAnswer(operation->json());
    m_running = nullptr;
    updateState();
    Q_EMIT commandFinished(succeeded);
}

void CommandDialog::showAnswer(const QJsonValue &json)
{
    m_answer = json;
    const Api::Endpoint &endpoint = Api::endpoint(m_request.fn);
    if (endpoint.response == Api::ResponseShape::List) {
        const QJsonArray items
            = json.isArray() ? json.toArray() : json.toObject().value(QString(endpoint.listKey)).toArray();
        QStringList columns;
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!columns.contains(it.key()))
                    columns << it.key();
            }
        }
        QTableWidget *table = m_ui->answerTable;
        table->clear();
        table->setColumnCount(int(columns.size()));
        table->setRowCount(int(items.size()));
        table->setHorizontalHeaderLabels(columns);
        for (int row = 0; row < items.size(); ++row) {
            const QJsonObject object = items.at(row).toObject();
            for (int column = 0; column < columns.size(); ++column)
                table->setItem(row, column, new QTableWidgetItem(cellText(object.value(columns.at(column)))));
        }
        table->resizeColumnsToContents();
        m_ui->answerStack->setCurrentIndex(TablePage);
        m_ui->exportButton->setEnabled(endpoint.kind == Api::CallKind::Query);
    } else if (json.isObject() && endpoint.response == Api::ResponseShape::Object) {
        QTreeWidget *tree = m_ui->answerTree;
        tree->clear();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addTreeItem(tree->invisibleRootItem(), it.key(), it.value());
        tree->expandToDepth(0);
        m_ui->answerStack->setCurrentIndex(TreePage);
    } else {
        m_ui->answerText->setPlainText(
            json.isNull() || json.isUndefined() ? tr("The server answered without content.") : indentedJson(json));
        m_ui->answerStack->setCurrentIndex(TextPage);
    }
    m_ui->copyButton->setEnabled(!json.isNull() && !json.isUndefined());
}

void CommandDialog::copyAnswer()
{
    QString text;
    if (m_ui->answerStack->currentIndex() == TablePage) {
        const QTableWidget *table = m_ui->answerTable;
        QStringList lines;
        QStringList header;
        for (int column = 0; column < table->columnCount(); ++column)
            header << table->horizontalHeaderItem(column)->text();
        lines << header.join(u'\t');
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
            lines << cells.join(u'\t');
        }
        text = lines.join(u'\n');
    } else {
        text = indentedJson(m_answer);
    }
    QGuiApplication::clipboard()->setText(text);
}

void CommandDialog::exportAnswer()
{
    const QTableWidget *table = m_ui->answerTable;
    const QString function = Api::endpoint(m_request.fn).function;
    const QString path
        = MessageBoxes::saveFileName(this, tr("Export the answer"), tr("CSV files (*.csv)"), function + u".csv"_s);
    if (path.isEmpty())
        return;
    Transfer::ExportColumns columns;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString key = table->horizontalHeaderItem(column)->text();
        columns.append({key, key, Transfer::ColumnType::Text});
    }
    QList<Transfer::ExportRow> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        Transfer::ExportRow cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        rows.append(cells);
    }
    Transfer::TableSources sources;
    sources.push_back(std::make_unique<Transfer::ListTableSource>(function, columns, rows));
    Transfer::ExportDocument document;
    document.title = function;
    if (m_service)
        document.profile = m_service->profileName();
    Transfer::ExportOptions options;
    options.format = Transfer::ExportFormat::Csv;
    const Transfer::ExportError error = Transfer::ExportWriter::write(path, document, sources, options);
    if (error)
        MessageBoxes::critical(this, tr("Export the answer"), error.message);
    else
        m_ui->outcomeLabel->setText(tr("%Ln row(s) written to %1.", nullptr, int(rows.size())).arg(path));
}

} // namespace Springdesk::Views
