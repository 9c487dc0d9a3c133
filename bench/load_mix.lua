-- wrk script for bench/load.py: every request takes the next path of a list, so the load is a
-- mix of pages, feeds and open data rather than one URL served from warm caches.
--
--   wrk -t2 -c32 -d60s --latency -s bench/load_mix.lua http://127.0.0.1:8000 -- PATHS_FILE
--
-- PATHS_FILE holds one path per line ("/agenda/", "/en/news/rss.xml"...). Each thread starts at
-- its own place in the list. At the end the script prints one line, `LOAD_RESULT {json}`, with
-- the figures bench/load.py reports.

local paths = {}
local next_index = 1
local threads = {}
local thread_count = 0

local function read_paths(file)
  local list = {}
  for line in io.lines(file) do
    local path = line:match("^%s*(/%S*)")
    if path then
      list[#list + 1] = path
    end
  end
  return list
end

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
  threads[#threads + 1] = thread
end

function init(args)
  local file = args[1] or error("load_mix.lua needs a file of paths: wrk ... -- PATHS_FILE")
  paths = read_paths(file)
  if #paths == 0 then
    error("no path in " .. file)
  end
  -- Spread the threads over the list.
  next_index = ((thread_number or 1) - 1) * math.floor(#paths / 2) % #paths + 1
  -- What a browser or a feed reader sends.
  wrk.headers["Accept-Encoding"] = "gzip"
  wrk.headers["User-Agent"] = "hub-load-test (wrk)"
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  print(string.format(
    'LOAD_RESULT {"requests": %d, "seconds": %.3f, "requests_per_second": %.2f, '
      .. '"p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, '
      .. '"non_2xx_3xx": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d}',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout
  ))
end
