#pragma once

#include "core/store/subenvironmentrepository.h"
#include "models/cachefollower.h"
#include "models/cachereader.h"
#include "models/modelroles.h"

#include <QAbstractTableModel>

namespace Springdesk::Models {

// What is linked to one subenvironment (users, user groups, templates, events and skill
// profiles, in that order), for the subenvironments pane's details. Users, groups, templates and
// events are the links Springdesk made (the API cannot list them); skill profiles come from
// getResellerSkillProfiles and cannot be linked or unlinked through the API (KindRole tells the
// view which rows offer "Unlink").
class SubenvironmentLinkModel final : public QAbstractTableModel, public CacheFollower
{
    Q_OBJECT

public:
    enum Column
    {
        Kind, // "User", "User group", … (translated); raw: Store::SubenvironmentLink::Kind as int
        ExternalId, // as linked (a profile without ID: its UID)
        Name, // empty when the cache does not know the object ("not in the cache" in DisplayRole)
        ColumnCount,
    };
    Q_ENUM(Column)

    // Besides RawValueRole and KeyRole ("user:EMP-1", "group:G1", "template:…", "event:…",
    // "skillProfile:…") of modelroles.h:
    enum Role
    {
        KindRole = Qt::UserRole + 3, // Store::SubenvironmentLink::Kind as int, on every column
        IdRole, // the linked object's ID (as ExternalId), on every column
    };

    explicit SubenvironmentLinkModel(QObject *parent = nullptr);

    QString cacheFile() const override { return m_path; }
    void setCacheFile(const QString &filePath) override;
    // The subenvironment whose links to show; empty: none. Reloads.
    void setSubenvironment(const QString &resellerId);
    QString subenvironment() const { return m_resellerId; }
    void reload() override;
    bool isLoading() const { return m_reader.isBusy(); }
    // Links of one kind, e.g. to offer the user IDs to an unlink form.
    QStringList idsOf(Store::SubenvironmentLink::Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString keyOf(const Store::SubenvironmentLink &link);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    QString m_path;
    QString m_resellerId;
    CacheReader m_reader;
    QList<Store::SubenvironmentLink> m_rows;
};

} // namespace Springdesk::Models
