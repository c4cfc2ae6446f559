#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations
{

namespace
{
// The object name of the translators install() adds, so a later call can take them out again.
const QString kInstalled = u"quorum.installedTranslator"_s;
} // namespace

QStringList available()
{
    return {u"en"_s, u"nl"_s};
}

QString install(QCoreApplication& app, const QString& requested)
{
    QString lang = requested;
    if (lang.isEmpty()) {
        const QString system = QLocale::system().name().section(u'_', 0, 0);
        lang = available().contains(system) ? system : u"en"_s;
    }
    // A language installed before goes: its translations must not answer for the new one.
    for (QTranslator* earlier : app.findChildren<QTranslator*>(kInstalled, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    // English has a translator too: it carries the singular and plural forms of "%n product(s)".
    auto* ours = new QTranslator(&app);
    ours->setObjectName(kInstalled);
    if (ours->load(u":/i18n/quorum_"_s + lang + u".qm"_s))
        app.installTranslator(ours);
    if (lang == u"nl") {
        // Dutch users get Dutch number and date formats too.
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        auto* qt = new QTranslator(&app);
        qt->setObjectName(kInstalled);
        if (qt->load(u"qtbase_nl"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    } else {
        // One English format everywhere (day/month/year, decimal point), whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    return lang;
}

} // namespace Translations
