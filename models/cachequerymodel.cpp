#include "models/cachequerymodel.h"

namespace Springdesk::Models {

CacheQueryModel::CacheQueryModel(const QList<Store::FilterKey> &filterKeys, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columnFilter(filterKeys)
{
    connect(&m_reader, &CacheReader::busyChanged, this, &CacheQueryModel::loadingChanged);
}

void CacheQueryModel::setCacheFile(const QString &filePath)
{
    m_path = filePath;
    reload();
}

void CacheQueryModel::reload()
{
    query(m_filter);
}

void CacheQueryModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QStringList before = m_filter.problems;
    m_filter = m_columnFilter.parse(text);
    if (m_filter.problems != before)
        Q_EMIT filterProblemsChanged(m_filter.problems);
    reload();
}

} // namespace Springdesk::Models
