-- The history of the indicators' actual values: every value ever recorded, with its source, when and by whom.
-- Rows are only added (a trigger refuses UPDATE and DELETE); the current value of an indicator and year is its latest row.
-- No foreign key to plan_indicators: a load replaces the indicator table but keeps the values recorded through the API.
CREATE TABLE plan_indicator_actuals (
  sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id integer NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value double precision NOT NULL CHECK (value NOT IN ('NaN', 'Infinity', '-Infinity')),
  source text NOT NULL CHECK (btrim(source) <> ''),
  as_of date NOT NULL,
  -- {"gdp_growth": 5.0, ...}: the numbers a qualitative target is judged against.
  comparison_values jsonb NOT NULL CHECK (jsonb_typeof(comparison_values) = 'object'),
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL);
CREATE INDEX plan_indicator_actuals_indicator ON plan_indicator_actuals (indicator_id, year, sequence);

CREATE FUNCTION plan_indicator_actuals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'indicator actual values are history: record a new value instead of changing or deleting one';
END
$$;
-- A load empties the table with TRUNCATE, which row triggers do not see, and copies back what it keeps.
CREATE TRIGGER plan_indicator_actuals_append_only BEFORE UPDATE OR DELETE ON plan_indicator_actuals
  FOR EACH ROW EXECUTE FUNCTION plan_indicator_actuals_append_only();
