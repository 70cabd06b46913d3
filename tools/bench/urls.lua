-- wrk script for tools/bench/tiles.sh and tools/bench/wms.sh: requests the paths listed in a file, one per line.
--   wrk -t T -c C -d SECONDS -s tools/bench/urls.lua http://HOST:PORT -- LIST cycle THREADS
--     cycles through the list (each thread through its share) until the duration ends;
--   wrk -t T -c C -d LIMIT -s tools/bench/urls.lua http://HOST:PORT -- LIST once THREADS
--     requests every path exactly once and stops as soon as the last answer is in (LIMIT only bounds a stuck run):
--     the rate is the list's length over the time from the first request to the last answer.
-- Either way it prints one line: "RESULT requests=N seconds=S failures=F", failures being answers with status >= 400.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_usec; } bench_timeval;
int gettimeofday(bench_timeval *tv, void *tz);
int getpid(void);
long syscall(long number, ...);
]]
local SYS_tgkill, SIGINT = 234, 2

local function now()
  local tv = ffi.new("bench_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

-- Main state: the threads, and one "done" flag per thread in memory every thread's state can reach by address.
local threads = {}
local flags = ffi.new("int[256]")

function setup(thread)
  thread:set("index", #threads)
  thread:set("flags_address", tonumber(ffi.cast("intptr_t", flags)))
  table.insert(threads, thread)
end

-- Thread state.
local requests, count, next_request, reserved = {}, 1, 0, 0
-- Globals, so that done() can read them with thread:get.
mode, received, failures, started, finished = "cycle", 0, 0, 0, 0

function init(args)
  local list, thread_count = args[1], tonumber(args[3] or "1")
  mode = args[2] or "cycle"
  count = thread_count
  local line_number = 0
  for path in io.lines(list) do
    if path ~= "" then
      if line_number % thread_count == index then
        table.insert(requests, wrk.format("GET", path))
      end
      line_number = line_number + 1
    end
  end
  if mode == "cycle" then
    delay, response = nil, nil
  elseif #requests == 0 then
    finished_share()
  end
end

function request()
  if mode == "cycle" then
    next_request = next_request % #requests + 1
    return requests[next_request]
  end
  -- wrk calls request() once before the run to check the script; that call takes no path.
  if next_request >= reserved then return requests[1] or wrk.format("GET", "/") end
  next_request = next_request + 1
  if next_request == 1 then started = now() end
  return requests[next_request]
end

-- Once mode: a connection sends only while the list has paths no connection has taken; then it waits out the run.
function delay()
  if reserved < #requests then
    reserved = reserved + 1
    return 0
  end
  return 3600000
end

function response(status)
  received = received + 1
  if status >= 400 then failures = failures + 1 end
  if received == #requests then finished_share() end
end

-- Marks this thread's share done; the last thread to finish wakes wrk's main thread, which then ends the run.
function finished_share()
  finished = now()
  local shared = ffi.cast("volatile int *", flags_address)
  shared[index] = 1
  for i = 0, count - 1 do
    if shared[i] == 0 then return end
  end
  local pid = ffi.C.getpid()
  ffi.C.syscall(SYS_tgkill, ffi.cast("long", pid), ffi.cast("long", pid), ffi.cast("long", SIGINT))
end

function done(summary, latency, requests_stats)
  if threads[1]:get("mode") == "cycle" then
    io.write(string.format("RESULT requests=%d seconds=%.3f failures=%d\n",
      summary.requests, summary.duration / 1e6, summary.errors.status))
    return
  end
  local first, last, answered, failed, complete = math.huge, 0, 0, 0, true
  for _, thread in ipairs(threads) do
    local started, finished = thread:get("started"), thread:get("finished")
    answered = answered + thread:get("received")
    failed = failed + thread:get("failures")
    if started > 0 and started < first then first = started end
    if finished == 0 then complete = false elseif finished > last then last = finished end
  end
  if not complete then last = now() end
  if first == math.huge then first = last end
  io.write(string.format("RESULT requests=%d seconds=%.3f failures=%d%s\n",
    answered, last - first, failed, complete and "" or " incomplete=1"))
end
