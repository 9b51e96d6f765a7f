#include "models/subenvironmenttablemodel.h"

#include "models/vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::SubenvironmentRepository;
using Store::SubenvironmentRow;

SubenvironmentTableModel::SubenvironmentTableModel(QObject *parent)
    : CacheRowsModel(SubenvironmentRepository::filterKeys(Vocabulary::knownIdStateChoices()),
        {Sort::Id, Sort::State, Sort::Users, Sort::Groups, Sort::Templates, Sort::Events, Sort::SkillProfiles,
            Sort::Courses, Sort::LastChecked},
        parent)
{
    static_assert(ColumnCount == 9, "one sort (or none) per column");
}

QVariant SubenvironmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubenvironmentRow &r = m_rows.at(index.row());
    if (role == KeyRole)
        return r.id;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case ExternalId:
            return r.id;
        case State:
            return r.tracked ? Store::KnownIdRegistry::stateName(r.state) : QString();
        case Users:
            return r.users;
        case Groups:
            return r.groups;
        case Templates:
            return r.templates;
        case Events:
            return r.events;
        case SkillProfiles:
            return r.skillProfiles;
        case Courses:
            return r.courses;
        case LastChecked:
            return r.lastChecked;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == SkillProfiles)
            return r.profilesFetchedAt.isValid()
                ? tr("Fetched %1. Skill profiles are linked to subenvironments by aNewSpring; the API can only "
                     "read these links.")
                      .arg(QLocale().toString(r.profilesFetchedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Not fetched yet: a synchronisation reads them. Skill profiles are linked to subenvironments "
                     "by aNewSpring; the API can only read these links.");
        if (index.column() >= Users && index.column() <= Events)
            return tr("Links made through Springdesk; the API cannot list a subenvironment's links.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Users && index.column() <= Courses)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ExternalId:
        return r.id;
    case State:
        return Vocabulary::knownIdState(r.state, r.tracked);
    case SkillProfiles:
        //: skill profiles of a subenvironment that were never fetched
        return r.profilesFetchedAt.isValid() ? QLocale().toString(r.skillProfiles) : tr("not fetched");
    case LastChecked:
        return r.lastChecked.isValid() ? QLocale().toString(r.lastChecked.toLocalTime(), QLocale::ShortFormat)
                                       : tr("never");
    case ColumnCount:
        return {};
    default:
        return QLocale().toString(data(index, RawValueRole).toInt());
    }
}

QVariant SubenvironmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return CacheRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ExternalId:
        return tr("External ID");
    case State:
        //: column header: whether the subenvironment was checked to exist on the server
        return tr("State");
    case Users:
        return tr("Users");
    case Groups:
        return tr("User groups");
    case Templates:
        return tr("Templates");
    case Events:
        //: column header: bookable events
        return tr("Events");
    case SkillProfiles:
        return tr("Skill profiles");
    case Courses:
        return tr("Courses");
    case LastChecked:
        //: column header: when the subenvironment was last checked on the server
        return tr("Checked");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
