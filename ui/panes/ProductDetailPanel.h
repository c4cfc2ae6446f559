#pragma once

#include "UiContext.h"

#include <QWidget>

class PiecesModel;
class VariantsModel;
class VersionsModel;
struct ProductFacts;
class QComboBox;
class PublicationsBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

// The Pipeline pane's detail for one product: its facts and stage, every content piece with its
// state and scores, the versions of the selected piece, the piece as written, a diff between any
// two versions, and the writer's and the reviewer's verdicts side by side. Actions: run or retry,
// regenerate a piece with an instruction, edit a piece by hand.
class ProductDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ProductDetailPanel(const UiContext& context, QWidget* parent = nullptr);

    void setProduct(qint64 productId);
    qint64 productId() const { return m_productId; }
    // The product changed in the database (a worker finished a step): re-read, keeping selections.
    void refresh();

    QTableView* piecesView() const { return m_pieces; }
    // The product's variants (hidden for a product without any).
    QTableView* variantsView() const { return m_variants; }
    // Where it came from and how its store lists it ("Draft · from Shopify"); hidden when there is nothing to say.
    QLabel* listingLabel() const { return m_listing; }
    QTableView* versionsView() const { return m_versions; }
    QTabWidget* tabs() const { return m_tabs; }
    // The product's visuals (null without a visuals facade).
    class VisualsTab* visualsTab() const { return m_visuals; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* editFactsButton() const { return m_editFacts; }
    QPushButton* useVersionButton() const { return m_useVersion; }

public slots:
    // Opens the product's facts in the Add product dialog's edit mode.
    void editFacts();
    void duplicate();
    // Makes the selected earlier version the piece's current one (checked again like an edit).
    void useVersion();

signals:
    void message(const QString& text);
    // The facts were saved (categories may have changed).
    void factsChanged(qint64 productId);
    void duplicated(qint64 productId);

private:
    class StockBox* m_stockBox = nullptr;
    PublicationsBox* m_publications = nullptr;
    class VisualsTab* m_visuals = nullptr;
    void updateHeader();
    void updateVariants(const ProductFacts& facts);
    void pieceChanged();
    void versionChanged();
    void updateCompare();
    void regenerate();
    void edit();
    void run();
    qint64 currentPieceId() const;
    qint64 currentVersionId() const;

    UiContext m_context;
    qint64 m_productId = 0;
    PiecesModel* m_pieceModel;
    VersionsModel* m_versionModel;
    QStackedWidget* m_stack;
    QLabel* m_name;
    QLabel* m_stage;
    QLabel* m_facts;
    QLabel* m_listing;
    VariantsModel* m_variantModel;
    QTableView* m_variants;
    QPushButton* m_run;
    QPushButton* m_editFacts;
    QPushButton* m_duplicate;
    QPushButton* m_useVersion;
    QTableView* m_pieces;
    QTableView* m_versions;
    QPushButton* m_regenerate;
    QPushButton* m_edit;
    QComboBox* m_compareWith;
    QLabel* m_compareSummary;
    QTabWidget* m_tabs;
    QTextBrowser* m_content;
    QTextBrowser* m_diff;
    QTextBrowser* m_writer;
    QTextBrowser* m_reviewer;
};
