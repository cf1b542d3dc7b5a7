-- wrk request mix: cycles through the requests of a tab-separated file written by RequestMix.java
-- (kind, method, path, Accept, URL-encoded form body or "-"), keeping only the kinds asked for.
-- Usage: wrk -t2 -c32 -d60s -s mix.lua URL -- FILE KINDS     (KINDS: "query", "page" or "query,page")

local requests = {}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local file, kinds = args[1], args[2] or "query,page"
  for line in io.lines(file) do
    local kind, method, path, accept, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
    if kind and kinds:find(kind, 1, true) then
      local headers = { ["Accept"] = accept }
      if body == "-" then
        body = nil
      else
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      end
      table.insert(requests, wrk.format(method, path, headers, body))
    end
  end
  counter = (id or 1) * 7
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f "
      .. "errors_status=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
