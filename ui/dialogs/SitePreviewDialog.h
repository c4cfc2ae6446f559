#pragma once

#include "SitesModel.h"
#include "UiContext.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;

// A generated page as headless Chromium rendered it: at a phone's, a tablet's and a desktop's width side by
// side, for any of its versions; or two versions side by side at the desktop width, to compare. The page
// opens in the browser from here.
class SitePreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    SitePreviewDialog(const UiContext& context, qint64 siteId, QWidget* parent = nullptr);

    QComboBox* versionBox() const { return m_version; }
    QComboBox* compareBox() const { return m_compare; }
    // The pictures shown, left to right (their captions), for tests.
    QStringList shownCaptions() const;

private:
    void showVersion(); // fills the pictures from the chosen version(s)
    void addPicture(const QString& caption, const QString& path, int width);
    SitesModel::PageVersion versionAt(int comboIndex) const;

    UiContext m_context;
    QList<SitesModel::PageVersion> m_versions;
    QComboBox* m_version;
    QComboBox* m_compare;
    QLabel* m_note;
    QHBoxLayout* m_pictures;
    QStringList m_captions;
};
