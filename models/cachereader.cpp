#include "models/cachereader.h"

#include "models/modelslog.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

CacheReader::CacheReader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(30'000);
}

CacheReader::~CacheReader()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void CacheReader::invalidate()
{
    ++m_generation;
    m_pool.clear(); // reads not started yet are no longer wanted
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT busyChanged(false);
    }
}

void CacheReader::started()
{
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
}

bool CacheReader::finished(int generation)
{
    if (generation != m_generation) {
        qCDebug(lcModels) << "dropping a cache read of a superseded generation" << generation;
        return false;
    }
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT busyChanged(false);
    return true;
}

QString CacheReader::describe(const Store::StoreError &error)
{
    const QString detail = error.sqlError.isEmpty() ? error.message : u"%1 (%2)"_s.arg(error.message, error.sqlError);
    return tr("The local cache could not be read: %1").arg(detail);
}

} // namespace Springdesk::Models
