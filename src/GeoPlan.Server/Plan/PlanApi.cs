using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Server.Features;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Plan;

/// <summary>The plan API: the task tree, single tasks with their map features, tasks naming a feature, and the indicators.</summary>
public static class PlanApi
{
    /// <summary>Maps <c>/plan/*</c> and <c>/collections/{id}/items/{featureId}/tasks</c>.</summary>
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/plan").WithTags("Plan");
        plan.MapGet("/tasks", GetTaskTree).WithName("GetTaskTree").WithSummary("The task tree of chapters 三 to 十");
        plan.MapGet("/tasks/{taskId}", GetTask).WithName("GetTask").WithSummary("A task: text, targets, linked features as GeoJSON");
        plan.MapGet("/indicators", GetIndicators).WithName("GetIndicators")
            .WithSummary("The 34 indicators with 2023 and 2025 targets, actual values and a traffic light per target with its reason");
        app.MapGet("/collections/{collectionId}/items/{featureId}/tasks", GetTasksNaming)
            .WithTags("Plan").WithName("GetFeatureTasks").WithSummary("The plan tasks whose text names a feature");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<TaskNode>>> GetTaskTree(IFeatureStore store, CancellationToken ct)
    {
        var tasks = await store.GetTasksAsync(ct);
        var children = tasks.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!);
        TaskNode Node(PlanTask t) => new(
            t.Id, t.Level, t.TitleZh, t.TitleEn, t.Targets.Count, t.FeatureIds.Count, children[t.Id].Select(Node).ToList());
        return TypedResults.Ok<IReadOnlyList<TaskNode>>(tasks.Where(t => t.ParentId is null).Select(Node).ToList());
    }

    private static async Task<Results<Ok<TaskDocument>, ProblemHttpResult>> GetTask(
        string taskId, HttpRequest request, IFeatureStore store, IndicatorStatuses statuses, CancellationToken ct)
    {
        var task = await store.GetTaskAsync(taskId, ct);
        if (task is null)
        {
            return ApiProblem.NotFound("Task", $"there is no task '{taskId}'; task ids follow the plan's numbering, e.g. 3.1.2; see /plan/tasks");
        }

        var tasks = await store.GetTasksAsync(ct);
        var features = await store.GetFeaturesByIdAsync(task.FeatureIds, ct);
        var urls = new RequestUrls(request);
        return TypedResults.Ok(new TaskDocument(
            task.Id,
            task.ParentId,
            task.Level,
            task.TitleZh,
            task.TitleEn,
            task.TextZh,
            task.Targets,
            (await statuses.TaskJudgeAsync(ct))(task),
            tasks.Where(t => t.ParentId == task.Id).Select(t => t.Id).ToList(),
            new GeoJsonFeatureCollection(
                features.Select(f => GeoJsonFeature.From(f)).ToList(),
                features.Count,
                features.Count,
                DateTimeOffset.UtcNow,
                [new Link(urls.For($"/plan/tasks/{task.Id}"), "self", MediaTypes.Json, task.TitleEn)])));
    }

    private static async Task<Ok<IReadOnlyList<IndicatorStatusDocument>>> GetIndicators(
        HttpRequest request, IndicatorStatuses statuses, CancellationToken ct)
    {
        var urls = new RequestUrls(request);
        return TypedResults.Ok(await statuses.GetAsync(id => urls.For($"/plan/indicators/{id}/explain"), ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<PlanTask>>, ProblemHttpResult>> GetTasksNaming(
        string collectionId, string featureId, IFeatureStore store, CancellationToken ct)
    {
        if (await store.GetLayerAsync(collectionId, ct) is null)
        {
            return await FeaturesApi.CollectionNotFound(store, collectionId, ct);
        }

        if (await store.GetFeatureAsync(collectionId, featureId, ct) is null)
        {
            return ApiProblem.NotFound("Feature", $"collection '{collectionId}' has no feature '{featureId}'");
        }

        return TypedResults.Ok(await store.GetTasksNamingAsync(featureId, ct));
    }
}
