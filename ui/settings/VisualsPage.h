#pragma once

#include "UiContext.h"

#include <QWidget>

class ImageProvidersModel;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

// Settings → Visuals: the shop's look on its product visuals (brand colours, logo), which image provider makes the
// pictures (the owner's quality mark for each and the least quality that will do; the cheapest good enough is
// tried first), and how strict three of the guards are. Saved together, in one audited change.
class VisualsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit VisualsPage(const UiContext& context, QWidget* parent = nullptr);

    QListWidget* colors() const { return m_colors; }
    QTableView* providers() const { return m_providers; }
    QSpinBox* minimumQuality() const { return m_minimumQuality; }
    QDoubleSpinBox* minContrast() const { return m_minContrast; }
    QLabel* logoPreview() const { return m_logo; }
    QPushButton* saveButton() const { return m_save; }
    void load();
    bool save();
    // Adds a colour, as the colour dialog would (tests and the dialog both).
    void addColor(const QColor& color);
    // Sets the logo to a picture file (kept in the workspace when saved).
    void setLogoFile(const QString& path);

signals:
    void message(const QString& text);

private:
    void chooseColor();
    void chooseLogo();
    void showLogo();

    UiContext m_context;
    QListWidget* m_colors;
    QPushButton* m_addColor;
    QPushButton* m_removeColor;
    QLabel* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    ImageProvidersModel* m_providerModel;
    QTableView* m_providers;
    QSpinBox* m_minimumQuality;
    QDoubleSpinBox* m_minContrast;
    QSpinBox* m_maxDeltaE;
    QSpinBox* m_maxTextOnProduct;
    QPushButton* m_save;
    QLabel* m_note;
    QString m_logoPath;
};
