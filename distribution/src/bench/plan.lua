-- wrk script: sends the requests of a plan file, each chosen at random by its weight, and
-- prints one summary line in the same format as LoadGenerator.java.
--   wrk -c CLIENTS -d SECONDS -s plan.lua URL -- TOKEN PLAN_FILE
-- A plan line: weight, method, path and an optional JSON body, separated by tabs.
local plan, total = {}, 0

function init(args)
  token = args[1]
  for line in io.lines(args[2]) do
    local weight, method, path, body = line:match("^(%d+)\t(%u+)\t([^\t]+)\t?(.*)$")
    if weight then
      total = total + tonumber(weight)
      table.insert(plan, { limit = total, method = method, path = path, body = body })
    end
  end
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1e6))
end

function request()
  local r = math.random(total)
  for _, step in ipairs(plan) do
    if r <= step.limit then
      local headers = { ["Authorization"] = "Bearer " .. token }
      local body = nil
      if step.body ~= "" then
        headers["Content-Type"] = "application/json"
        body = step.body
      end
      if step.method == "PUT" or step.method == "DELETE" then
        headers["If-Match"] = "*"
      end
      return wrk.format(step.method, step.path, headers, body)
    end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local failed = e.status + e.connect + e.read + e.write + e.timeout
  io.write(string.format("rps=%.0f p50=%.2fms p99=%.2fms max=%.2fms requests=%d failed=%d\n",
    (summary.requests - failed) / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, failed))
end
