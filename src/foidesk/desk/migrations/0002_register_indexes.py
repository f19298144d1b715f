"""Indexes for the register: newest first, and by status (the case list pages on them)."""

from typing import Any, ClassVar

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies: ClassVar[list[Any]] = [("desk", "0001_initial")]

    operations: ClassVar[list[Any]] = [
        migrations.AddIndex(
            model_name="case",
            index=models.Index(fields=["-received", "-sequence"], name="desk_case_register"),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(fields=["status", "-received"], name="desk_case_status"),
        ),
    ]
