using MergePlanner.TestSupport;
using System.Net;
using MergePlanner.IntegrationTests.Infrastructure;

namespace MergePlanner.IntegrationTests.Security;

[Collection(SeededAppCollection.Name)]
public class AntiforgeryTests(MergePlannerFactory factory)
{
    [Theory]
    [InlineData("/account/logout")]
    [InlineData("/culture")]
    public async Task Post_EndpointWithoutToken_IsRejected(string url)
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var still = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Post_LoginFormWithoutToken_IsRejected()
    {
        var client = AppClient.Anonymous(factory);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "lanhdao",
            ["Input.Password"] = MergePlanner.Web.Security.DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_CreateUserFormWithoutToken_IsRejected()
    {
        var client = await AppClient.SignedInAsync(factory, "admin");
        var response = await client.PostAsync("/admin/users/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "create-user",
            ["Input.UserName"] = "khong.token",
            ["Input.FullName"] = "Không có token",
            ["Input.Role"] = "Viewer",
            ["Input.Password"] = "Matkhau12345",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
