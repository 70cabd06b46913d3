-- The audit trail: every change of a feature (create, replace, update, delete) and every import of a collection, with who made it,
-- when, and the feature before and after (geometry as WKB, fields as a JSON object). Rows are only added; a load keeps them.
-- A feature's version is the sequence of the latest record of it or of an import of its collection.
CREATE TABLE geoplan_feature_audit (
  sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  collection text COLLATE "C" NOT NULL,
  feature_id text COLLATE "C",
  operation text NOT NULL CHECK (operation IN ('create', 'replace', 'update', 'delete', 'import')),
  editor text NOT NULL CHECK (btrim(editor) <> ''),
  edited_at timestamptz NOT NULL,
  feature_count bigint CHECK (feature_count >= 0),
  before_geom bytea,
  -- json, not jsonb: the text is kept as written, so a real number keeps its decimal point.
  before_values json,
  after_geom bytea,
  after_values json,
  CHECK ((operation = 'import') = (feature_id IS NULL)),
  CHECK ((before_geom IS NULL) = (before_values IS NULL) AND (after_geom IS NULL) = (after_values IS NULL)));
CREATE INDEX geoplan_feature_audit_feature ON geoplan_feature_audit (collection, feature_id, sequence);
CREATE INDEX geoplan_feature_audit_time ON geoplan_feature_audit (collection, edited_at);

CREATE FUNCTION geoplan_feature_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is history: record a new change instead of changing or deleting one';
END
$$;
CREATE TRIGGER geoplan_feature_audit_append_only BEFORE UPDATE OR DELETE ON geoplan_feature_audit
  FOR EACH ROW EXECUTE FUNCTION geoplan_feature_audit_append_only();
