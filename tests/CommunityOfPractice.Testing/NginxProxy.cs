using System.Diagnostics;
using System.Net;

namespace CommunityOfPractice.Testing;

/// <summary>
/// Debian's nginx in front of app nodes, configured as samples/distributed/nginx.conf is (ip_hash, WebSocket
/// upgrade, the client's Host passed on), on a free loopback port with its files in a throwaway folder. Each
/// response names the node that answered it in <c>X-Upstream</c>, so a test knows where its browser is pinned.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private NginxProxy(Process process, string folder, Uri baseAddress)
    {
        this.process = process;
        this.folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<NginxProxy> StartAsync(params Uri[] nodes)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx was not found. tests/run.sh installs it (apt-get install nginx).");
        var folder = Directory.CreateTempSubdirectory("cop-nginx-").FullName;
        var port = NodeProcess.FreePort();
        var upstreams = string.Concat(nodes.Select(n => $"        server {n.Host}:{n.Port} max_fails=2 fail_timeout=10s;\n"));
        // One process, in the foreground, with every path it writes inside the folder: no root, no /var.
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream community {
                    ip_hash;
            {{upstreams}}    }
                map $http_upgrade $connection_upgrade {
                    default upgrade;
                    ''      close;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    client_max_body_size 12m;
                    location / {
                        proxy_pass http://community;
                        proxy_http_version 1.1;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_read_timeout 1h;
                        proxy_send_timeout 1h;
                        add_header X-Upstream $upstream_addr always;
                    }
                }
            }
            """);
        var start = new ProcessStartInfo(binary, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var proxy = new NginxProxy(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
        if (!await NodeProcess.WaitForHealthAsync(proxy.BaseAddress, () => proxy.process.HasExited, TimeSpan.FromSeconds(20)))
        {
            var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : "";
            await proxy.DisposeAsync();
            throw new InvalidOperationException($"nginx did not start:\n{log}");
        }
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
