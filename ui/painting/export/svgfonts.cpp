#include "painting/export/svgfonts.h"

#include <QFont>
#include <QFontInfo>
#include <QRegularExpression>

namespace notiflow::ui {

QString SvgFonts::cssFamily(const QString& family)
{
    QFont font(family);
    const QFontInfo resolved(font);
    QString real = resolved.family();
    if (real.isEmpty())
        real = family;
    real.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
    const QString generic = resolved.fixedPitch() ? QStringLiteral("monospace") : QStringLiteral("sans-serif");
    return QStringLiteral("'%1', %2").arg(real, generic);
}

QByteArray SvgFonts::withFallbacks(const QByteArray& svg)
{
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + text.size() / 20);
    qsizetype last = 0;
    for (auto it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QStringLiteral("font-family=\"%1\"").arg(cssFamily(m.captured(1)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace notiflow::ui
