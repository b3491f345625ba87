"""`replicate models list|get|generate|check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, List, Optional

from ._common import (
    EXIT_MODEL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    add_common_options,
    add_limit_option,
    dump_json,
    make_client,
    parse_model_name,
    print_fields,
    take,
)

__all__ = ["register"]


def register(subparsers: Any) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        "models", help="list and inspect models", description="List and inspect models."
    )
    commands = group.add_subparsers(dest="action", metavar="{list,get,generate,check}", required=True)

    list_parser: argparse.ArgumentParser = commands.add_parser(
        "list", help="list public models", description="List public models, newest first."
    )
    add_limit_option(list_parser)
    add_common_options(list_parser)
    list_parser.set_defaults(handler=list_models)

    get_parser: argparse.ArgumentParser = commands.add_parser(
        "get", help="show a model", description="Show a model and its latest version."
    )
    get_parser.add_argument("model", metavar="owner/name")
    add_common_options(get_parser)
    get_parser.set_defaults(handler=get_model)

    generate_parser: argparse.ArgumentParser = commands.add_parser(
        "generate",
        help="write typed Python for models (from their schemas)",
        description=(
            "Write a Python module with typed functions for each model, from its version's Cog schema: "
            "`client.use(ClassName)` then returns a function pyright checks. Without :VERSION the "
            "latest version is pinned."
        ),
    )
    generate_parser.add_argument("models", nargs="+", metavar="owner/name[:version]")
    generate_parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the module here (default: stdout)"
    )
    generate_parser.add_argument(
        "--schema",
        action="append",
        metavar="FILE",
        help="read the version's openapi_schema (or the version's JSON) from FILE instead of the API; "
        "once per model, in order (no token needed)",
    )
    add_common_options(generate_parser)
    generate_parser.set_defaults(handler=generate_models)

    check_parser: argparse.ArgumentParser = commands.add_parser(
        "check",
        help="report what changed in the models of a generated module",
        description=(
            "Fetch each model's latest schema and report what changed since FILE was generated, breaking "
            "changes first. Exit 1 when a change breaks the generated signatures."
        ),
    )
    check_parser.add_argument("file", metavar="FILE", type=Path)
    check_parser.add_argument(
        "--update", action="store_true", help="regenerate FILE with each model's latest version"
    )
    add_common_options(check_parser)
    check_parser.set_defaults(handler=check_models)


def list_models(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        models = list(take(client.models.list(), args.limit))
    if getattr(args, "json", False):
        dump_json(models)
        return EXIT_OK
    width = max((len(f"{m.owner}/{m.name}") for m in models), default=0)
    for model in models:
        description = " ".join((model.description or "").split())
        if len(description) > 70:
            description = description[:69] + "…"
        print(f"{model.owner + '/' + model.name:<{width}}  {description}".rstrip())
    return EXIT_OK


def get_model(args: argparse.Namespace) -> int:
    owner, name = parse_model_name(args.model)
    with make_client(args) as client:
        model = client.models.get(model_owner=owner, model_name=name)
    if getattr(args, "json", False):
        dump_json(model)
        return EXIT_OK
    latest = model.latest_version
    print_fields(
        [
            ("model", f"{model.owner}/{model.name}"),
            ("description", model.description),
            ("visibility", model.visibility),
            ("runs", model.run_count),
            ("latest version", latest.id if latest else None),
            ("url", model.url),
            ("github", model.github_url),
            ("paper", model.paper_url),
        ]
    )
    return EXIT_OK


def generate_models(args: argparse.Namespace) -> int:
    from ..lib.model_types.generate import (
        SchemaError,
        default_command,
        fetch_schema,
        generate_from_schemas,
        parse_model_ref,
        schema_from_json,
    )

    refs: List[str] = args.models
    files: Optional[List[str]] = args.schema
    try:
        for ref in refs:
            parse_model_ref(ref)
        if files is not None:
            if len(files) != len(refs):
                raise CommandError(
                    f"Give one --schema per model ({len(refs)} models, {len(files)} --schema)."
                )
            schemas = [schema_from_json(ref, _read_json(path)) for ref, path in zip(refs, files)]
        else:
            with make_client(args) as client:
                schemas = [fetch_schema(client, ref) for ref in refs]
        text = generate_from_schemas(schemas, command=default_command(schemas, output=args.output, refs=refs))
    except (ValueError, SchemaError) as error:
        raise CommandError(str(error), EXIT_USAGE) from error
    _write(args.output, text)
    return EXIT_OK


def check_models(args: argparse.Namespace) -> int:
    from ..lib.model_types.check import check_module, models_in_module, refs_for_update
    from ..lib.model_types.generate import generate_module

    path: Path = args.file
    text = _read(str(path))
    try:
        listed = models_in_module(text)
    except ValueError as error:
        raise CommandError(f"{path}: {error}", EXIT_USAGE) from error
    with make_client(args) as client:
        report = check_module(client, text)
        print(report.render(), end="")
        if args.update:
            _write(str(path), generate_module(client, refs_for_update(listed), output=str(path)))
            print(f"Regenerated {path} with each model's latest version.")
            return EXIT_OK
    return EXIT_MODEL if report.breaking else EXIT_OK


def _read_json(path: str) -> object:
    import json

    try:
        return json.loads(_read(path))
    except ValueError as error:
        raise CommandError(f"{path} is not JSON: {error}", EXIT_USAGE) from error


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror or error}", EXIT_USAGE) from error


def _write(output: Optional[str], text: str) -> None:
    if output is None:
        print(text, end="")
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"Cannot write {output}: {error.strerror or error}", EXIT_USAGE) from error
