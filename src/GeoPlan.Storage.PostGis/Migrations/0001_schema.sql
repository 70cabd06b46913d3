-- GeoPlan's schema: the layer catalogue, a registry of every feature id, and the plan tables.
-- Each layer's feature table (schema "layers", one column per field) is created by the load, because
-- a layer's fields come from its data; its id references geoplan_features so plan links can reference features.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS layers;

CREATE TABLE geoplan_layers (
  id text COLLATE "C" PRIMARY KEY,
  ordinal integer NOT NULL UNIQUE,
  title_zh text NOT NULL,
  title_en text NOT NULL,
  description text NOT NULL,
  geometry_type text NOT NULL,
  -- [{"name": ..., "type": "text" | "integer" | "real" | "boolean"}] in column order.
  fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'array'),
  feature_count bigint NOT NULL CHECK (feature_count >= 0),
  min_x double precision,
  min_y double precision,
  max_x double precision,
  max_y double precision);

CREATE TABLE geoplan_features (
  id text COLLATE "C" PRIMARY KEY,
  layer text COLLATE "C" NOT NULL,
  CONSTRAINT geoplan_features_layer FOREIGN KEY (layer) REFERENCES geoplan_layers (id));

CREATE TABLE plan_tasks (
  id text PRIMARY KEY,
  ordinal integer NOT NULL UNIQUE,
  parent_id text REFERENCES plan_tasks (id),
  level text NOT NULL,
  title_zh text NOT NULL,
  title_en text NOT NULL,
  text_zh text NOT NULL);

CREATE TABLE plan_task_targets (
  task_id text NOT NULL REFERENCES plan_tasks (id),
  ordinal integer NOT NULL,
  year integer NOT NULL,
  metric_zh text NOT NULL,
  metric_en text NOT NULL,
  value double precision,
  unit text,
  comparison text NOT NULL,
  aspirational boolean NOT NULL,
  text_zh text NOT NULL,
  note_en text,
  PRIMARY KEY (task_id, ordinal));

CREATE TABLE plan_task_features (
  task_id text NOT NULL REFERENCES plan_tasks (id),
  ordinal integer NOT NULL,
  feature_id text COLLATE "C" NOT NULL REFERENCES geoplan_features (id),
  PRIMARY KEY (task_id, ordinal));
CREATE INDEX plan_task_features_feature ON plan_task_features (feature_id);

CREATE TABLE plan_indicators (
  id integer PRIMARY KEY,
  domain_zh text NOT NULL,
  domain_en text NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  unit text,
  direction text NOT NULL,
  target_2023_text text NOT NULL,
  target_2023_value double precision,
  target_2023_comparison text NOT NULL,
  target_2023_qualitative_en text,
  target_2025_text text NOT NULL,
  target_2025_value double precision,
  target_2025_comparison text NOT NULL,
  target_2025_qualitative_en text);

CREATE TABLE plan_indicator_tasks (
  indicator_id integer NOT NULL REFERENCES plan_indicators (id),
  ordinal integer NOT NULL,
  task_id text NOT NULL REFERENCES plan_tasks (id),
  PRIMARY KEY (indicator_id, ordinal));
