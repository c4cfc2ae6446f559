-- A generated site about more than one product: a collection (the shop's products of one category, named here;
-- kind 'collection') or the whole shop (kind 'shop', no category). Its products are read each time the chain
-- runs, so a price changed since is the price the checks hold the page to.
ALTER TABLE sites ADD COLUMN source_collection TEXT NOT NULL DEFAULT '';
