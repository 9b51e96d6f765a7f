#include "core/api/idsyntax.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Springdesk::Api {

QString idProblem(QStringView id)
{
    if (id.isEmpty())
        return IdSyntax::tr("An ID must not be empty.");
    if (id == u"." || id == u"..")
        return IdSyntax::tr("An ID must not be \".\" or \"..\".");
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (u == u'/' || u == u'\\' || u == u'?' || u == u'#')
            return IdSyntax::tr("An ID must not contain \"%1\".").arg(c);
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            //: %1 is a Unicode code point such as U+0009 (a tab)
            return IdSyntax::tr("An ID must not contain control characters (%1).")
                .arg(u"U+%1"_s.arg(uint(u), 4, 16, QChar(u'0')).toUpper());
    }
    if (hasInvalidUtf8(id))
        return IdSyntax::tr("An ID must be valid UTF-8 text.");
    return {};
}

QString decodeKeepingInvalidBytes(QByteArrayView bytes)
{
    QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString out = whole(bytes);
    if (!whole.hasError())
        return out;
    out.clear();
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        // The longest valid UTF-8 run from i.
        qsizetype end = i;
        while (end < bytes.size()) {
            const uchar b = uchar(bytes[end]);
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
            if (len == 0 || end + len > bytes.size())
                break;
            QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = check(bytes.sliced(end, len));
            if (check.hasError() || (len > 1 && decoded.size() == 1 && decoded.at(0).isSurrogate()))
                break;
            end += len;
        }
        if (end > i) {
            out += QString::fromUtf8(bytes.sliced(i, end - i));
            i = end;
        } else {
            out += QChar(char16_t(0xdc00 + uchar(bytes[i])));
            ++i;
        }
    }
    return out;
}

bool hasInvalidUtf8(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace Springdesk::Api
