-- wrk script for tools/bench/load.sh: a planner's mix of requests on the bundled Shenyang data.
--   wrk -t T -c C -d SECONDS --latency -s tools/bench/mix.lua http://HOST:PORT
-- Of every 200 requests: 1 commute query (one of a handful of origins, computed afresh each time: the service keeps no
-- commute answers), 39 items pages (four collections, varying offsets and limits) and 160 vector tiles (z10-z14 over the
-- metropolitan area, of the combined plan tileset and of single collections).
-- Any answer that is not 2xx or 3xx counts as an error. done() prints one line:
--   RESULT requests=N seconds=S errors=E socket_errors=K p50_ms=X p99_ms=Y tiles=A items=B commutes=C
-- (the last three are how many of each kind were sent by request(), counted per thread).

-- Shenyang's metropolitan core: west, south, east, north (degrees).
local area = { 122.9, 41.5, 123.9, 42.1 }
local tilesets = { "/tiles/WebMercatorQuad", "/collections/rail_stations/tiles/WebMercatorQuad",
  "/collections/roads/tiles/WebMercatorQuad", "/collections/parks/tiles/WebMercatorQuad",
  "/collections/core_blocks/tiles/WebMercatorQuad" }
local collections = { "parks", "rail_stations", "roads", "core_blocks" }
local origins = { "rail_stations:station-renmin-guangchang", "rail_stations:station-shenyang-beizhan",
  "rail_stations:station-shenyang-zhan", "123.434,41.806", "123.460,41.740" }

local threads = {}
function setup(thread)
  thread:set("seed", #threads + 1)
  table.insert(threads, thread)
end

local function tile_range(z)
  local n = 2 ^ z
  local function x(lon) return math.floor((lon + 180) / 360 * n) end
  local function y(lat)
    local r = math.rad(lat)
    return math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)
  end
  return x(area[1]), x(area[3]), y(area[4]), y(area[2])
end

local paths, kinds = {}, {}
errors, tiles, items, commutes = 0, 0, 0, 0

function init(args)
  math.randomseed(seed * 7919)
  local sequence = 0
  for i = 1, 4000 do
    local kind
    if i % 200 == 0 then
      kind = "commute"
      local origin = origins[(i / 200 + seed) % #origins + 1]
      table.insert(paths, "/analysis/commute?from=" .. origin .. "&minutes=60")
    elseif i % 5 == 0 then
      kind = "items"
      local collection = collections[math.random(#collections)]
      local limit = ({ 10, 50, 100 })[math.random(3)]
      table.insert(paths, "/collections/" .. collection .. "/items?limit=" .. limit .. "&offset=" .. math.random(0, 40))
    else
      kind = "tile"
      local z = math.random(10, 14)
      local x0, x1, y0, y1 = tile_range(z)
      table.insert(paths, tilesets[math.random(#tilesets)] .. "/" .. z .. "/" .. math.random(y0, y1) .. "/" .. math.random(x0, x1))
    end
    table.insert(kinds, kind)
  end
end

local next_path = 0
function request()
  next_path = next_path % #paths + 1
  local kind = kinds[next_path]
  if kind == "tile" then tiles = tiles + 1 elseif kind == "items" then items = items + 1 else commutes = commutes + 1 end
  return wrk.format("GET", paths[next_path])
end

function response(status)
  if status >= 400 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local failed, sent = 0, { tile = 0, items = 0, commute = 0 }
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
    sent.tile = sent.tile + thread:get("tiles")
    sent.items = sent.items + thread:get("items")
    sent.commute = sent.commute + thread:get("commutes")
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f errors=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f tiles=%d items=%d commutes=%d\n",
    summary.requests, summary.duration / 1e6, failed, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, sent.tile, sent.items, sent.commute))
end
