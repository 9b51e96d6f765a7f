#include "models/userresultsmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

namespace {

// A date-time when the API sent one, else the date.
QVariant when(const QDateTime &dateTime, const QDate &date)
{
    if (dateTime.isValid())
        return dateTime;
    if (date.isValid())
        return date;
    return {};
}

QString formatted(const QVariant &value)
{
    const QLocale locale;
    if (value.typeId() == QMetaType::QDateTime)
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    if (value.typeId() == QMetaType::QDate)
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    return {};
}

} // namespace

UserResultsModel::UserResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void UserResultsModel::setResults(const QList<Domain::CourseResult> &results, const QDateTime &fetchedAt)
{
    beginResetModel();
    m_results = results;
    m_fetchedAt = fetchedAt;
    build();
    endResetModel();
}

void UserResultsModel::clear()
{
    setResults({}, {});
}

void UserResultsModel::build()
{
    m_nodes.clear();
    m_top.clear();
    for (int c = 0; c < m_results.size(); ++c) {
        const int courseNode = int(m_nodes.size());
        m_nodes.push_back({Level::Course, c, -1, -1, -1, int(m_top.size()), {}});
        m_top.push_back(courseNode);
        const auto &parts = m_results.at(c).parts;
        for (int p = 0; p < parts.size(); ++p) {
            const int partNode = int(m_nodes.size());
            m_nodes.push_back({Level::Activity, c, p, -1, courseNode, p, {}});
            m_nodes[size_t(courseNode)].children.push_back(partNode);
            for (int a = 0; a < parts.at(p).attempts.size(); ++a) {
                const int attemptNode = int(m_nodes.size());
                m_nodes.push_back({Level::Attempt, c, p, a, partNode, a, {}});
                m_nodes[size_t(partNode)].children.push_back(attemptNode);
            }
        }
    }
}

const std::vector<int> &UserResultsModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_top;
    return m_nodes[size_t(parent.internalId())].children;
}

QModelIndex UserResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int> &children = childrenOf(parent);
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex UserResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &node = m_nodes[size_t(child.internalId())];
    if (node.parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node.parent)].row, 0, quintptr(node.parent));
}

int UserResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int UserResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex UserResultsModel::indexOfKey(const QString &key) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (this->key(m_nodes[i]) == key)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

QString UserResultsModel::key(const Node &node) const
{
    QString out = m_results.at(node.course).subscription.uid;
    if (node.level != Level::Course)
        out += u'/' + QString::number(node.part);
    if (node.level == Level::Attempt)
        out += u'/'
            + QString::number(m_results.at(node.course).parts.at(node.part).attempts.at(node.attempt).attemptNumber);
    return out;
}

bool UserResultsModel::passed(const Node &node) const
{
    const Domain::CourseResult &course = m_results.at(node.course);
    switch (node.level) {
    case Level::Course:
        return course.passed;
    case Level::Activity:
        return course.parts.at(node.part).passed;
    case Level::Attempt:
        return course.parts.at(node.part).attempts.at(node.attempt).passed;
    }
    return false;
}

QVariant UserResultsModel::raw(const Node &node, int column) const
{
    const Domain::CourseResult &course = m_results.at(node.course);
    const Domain::ResultPart *part = node.level == Level::Course ? nullptr : &course.parts.at(node.part);
    const Domain::ResultAttempt *attempt = node.level == Level::Attempt ? &part->attempts.at(node.attempt) : nullptr;
    switch (Column(column)) {
    case Name:
        if (attempt)
            return attempt->attemptNumber;
        return part ? part->name : course.subscription.name;
    case Type:
        if (part && !attempt)
            return part->subType.isEmpty() || part->subType == part->type ? part->type
                                                                          : u"%1 / %2"_s.arg(part->type, part->subType);
        return QString();
    case Status:
        return attempt ? attempt->completed : part ? part->completed : course.completed;
    case Score:
        return attempt ? attempt->score : part ? part->score : course.grade;
    case Progress:
        if (attempt)
            return attempt->progress;
        if (!part && course.subscription.progress)
            return course.subscription.progress->toString();
        return QString();
    case Started:
        if (attempt)
            return when(attempt->startDateTime, attempt->startDate);
        if (!part)
            return when(course.subscription.startDateTime, course.subscription.startDate);
        return {};
    case Completed:
        if (attempt)
            return when(attempt->completeDateTime, attempt->completeDate);
        if (part)
            return when(part->completeDateTime, part->completeDate);
        return when({}, course.completeDate);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserResultsModel::display(const Node &node, int column) const
{
    const QVariant value = raw(node, column);
    switch (Column(column)) {
    case Name:
        if (node.level == Level::Attempt)
            //: a row of the results tree under an activity; %1 is the attempt's number
            return tr("Attempt %1").arg(value.toInt());
        if (value.toString().isEmpty())
            return node.level == Level::Course ? tr("(unnamed course)") : tr("(unnamed activity)");
        return value;
    case Status: {
        QStringList words;
        words << (value.toBool() ? tr("completed") : tr("not completed"));
        if (passed(node))
            words << tr("passed");
        return words.join(u", "_s);
    }
    case Started:
    case Completed:
        return formatted(value);
    case Type:
    case Score:
    case Progress:
        return value;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && node.level == Level::Course) {
            const Domain::Subscription &s = m_results.at(node.course).subscription;
            return s.id.isEmpty() ? tr("Course UID %1").arg(s.uid) : tr("Course %1").arg(s.id);
        }
        if (index.column() == Name && node.level == Level::Activity) {
            const Domain::ResultPart &p = m_results.at(node.course).parts.at(node.part);
            if (!p.blockName.isEmpty())
                //: tooltip of an activity in the results tree: %1 the block it is in
                return tr("In block %1").arg(p.blockName);
        }
        return {};
    case RawValueRole:
        return raw(node, index.column());
    case KeyRole:
        return key(node);
    case LevelRole:
        return int(node.level);
    case PassedRole:
        return passed(node);
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Progress)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant UserResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        //: results tree column: course, activity or attempt
        return tr("Course / activity");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Score:
        //: results tree column: the course's grade, an activity's or attempt's score
        return tr("Score");
    case Progress:
        return tr("Progress");
    case Started:
        return tr("Started");
    case Completed:
        return tr("Completed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
